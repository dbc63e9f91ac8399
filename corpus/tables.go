package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/parallax-reader/parallax/corpus/features"
)

// This file puts a user's topic and alias files in use (see README, "Your
// own topics and names"). They are read at run time by the parsers that
// build the built-in tables at go generate time, and added to those
// tables, or replace them when the file says "replace": true.

// TableFileError is a mistake in a user's topic or alias file: the file, the
// line and what is wrong.
type TableFileError = features.FileError

// UserTableFiles returns the topic and alias files of the user's
// configuration directory ($XDG_CONFIG_HOME/parallax/topics.json and
// aliases.json, or the platform's equivalent) that exist.
func UserTableFiles() (topics, aliases []string) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return nil, nil
	}
	for _, f := range []struct {
		name string
		list *[]string
	}{{"topics.json", &topics}, {"aliases.json", &aliases}} {
		p := filepath.Join(dir, "parallax", f.name)
		if _, err := os.Stat(p); err == nil {
			*f.list = append(*f.list, p)
		}
	}
	return topics, aliases
}

// UseTableFiles reads the given topic and alias files, in order, and puts
// them in use for every comparison made after. It stops at the first file
// that cannot be read or is malformed (a *FileError with its line); the
// files before it stay in use. Call it before comparing anything.
func UseTableFiles(topics, aliases []string) error {
	for _, f := range []struct {
		what  string
		files []string
		use   func(string, []byte) error
	}{{"topic file", topics, features.UseTopicFile}, {"alias file", aliases, features.UseAliasFile}} {
		for _, name := range f.files {
			data, err := os.ReadFile(name)
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return fmt.Errorf("%s %s: no such file", f.what, SanitizeLine(name))
				}
				return fmt.Errorf("cannot read %s %s: %w", f.what, SanitizeLine(name), errors.Unwrap(err))
			}
			if err := f.use(SanitizeLine(name), data); err != nil {
				return err
			}
		}
	}
	return nil
}

// ResetTables puts the built-in topic and alias tables back in use.
func ResetTables() { features.ResetTables() }
