package eval

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
)

// Pair is one FNC-1 row: a headline, the body it was paired with, and the
// gold stance.
type Pair struct {
	Headline string
	BodyID   int
	Stance   Label
}

// FNC is the FNC-1 training data: the labelled pairs in file order and the
// bodies by Body ID.
type FNC struct {
	Pairs  []Pair
	Bodies map[int]string
}

// The file names of the FNC-1 training split.
const (
	BodiesFile   = "train_bodies.csv"
	StancesFile  = "train_stances.csv"
	dataRelative = "../shared/data/fnc-1" // from the module root
)

// ErrNoData says the FNC-1 data directory is not where it is looked for.
var ErrNoData = errors.New("FNC-1 data not found")

// DataDir returns the FNC-1 directory: ../shared/data/fnc-1 relative to the
// module root, the nearest directory at or above the working directory that
// holds go.mod. It fails with ErrNoData when that directory is absent.
func DataDir() (string, error) {
	root, err := ModuleRoot()
	if err != nil {
		return "", err
	}
	dir := filepath.Clean(filepath.Join(root, dataRelative))
	if _, err := os.Stat(filepath.Join(dir, BodiesFile)); err != nil {
		return dir, fmt.Errorf("%w in %s (expected %s and %s there)", ErrNoData, dir, BodiesFile, StancesFile)
	}
	return dir, nil
}

// ModuleRoot returns the nearest directory at or above the working directory
// that holds a go.mod file.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("no go.mod at or above the working directory")
		}
		dir = up
	}
}

// LoadFNC reads train_bodies.csv and train_stances.csv from dir. Every
// stance must name a body that exists.
func LoadFNC(dir string) (*FNC, error) {
	bodies, err := readFile(filepath.Join(dir, BodiesFile), ReadBodies)
	if err != nil {
		return nil, err
	}
	pairs, err := readFile(filepath.Join(dir, StancesFile), ReadStances)
	if err != nil {
		return nil, err
	}
	for i, p := range pairs {
		if _, ok := bodies[p.BodyID]; !ok {
			return nil, fmt.Errorf("%s: row %d names Body ID %d, which %s lacks", StancesFile, i+2, p.BodyID, BodiesFile)
		}
	}
	return &FNC{Pairs: pairs, Bodies: bodies}, nil
}

func readFile[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		return v, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// ReadBodies parses a bodies CSV (header "Body ID,articleBody"; bodies are
// quoted and span many lines). encoding/csv turns a quoted "\r\n" into
// "\n"; the FNC-1 bodies hold no "\r", so the text is byte for byte the
// file's.
func ReadBodies(r io.Reader) (map[int]string, error) {
	rows, err := readCSV(r, "Body ID", "articleBody")
	if err != nil {
		return nil, err
	}
	bodies := make(map[int]string, len(rows))
	for i, row := range rows {
		id, err := strconv.Atoi(row[0])
		if err != nil {
			return nil, fmt.Errorf("row %d: Body ID %q: %w", i+2, row[0], err)
		}
		if _, dup := bodies[id]; dup {
			return nil, fmt.Errorf("row %d: Body ID %d appears twice", i+2, id)
		}
		bodies[id] = row[1]
	}
	return bodies, nil
}

// ReadStances parses a stances CSV (header "Headline,Body ID,Stance").
func ReadStances(r io.Reader) ([]Pair, error) {
	rows, err := readCSV(r, "Headline", "Body ID", "Stance")
	if err != nil {
		return nil, err
	}
	pairs := make([]Pair, 0, len(rows))
	for i, row := range rows {
		id, err := strconv.Atoi(row[1])
		if err != nil {
			return nil, fmt.Errorf("row %d: Body ID %q: %w", i+2, row[1], err)
		}
		l, err := ParseLabel(row[2])
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i+2, err)
		}
		pairs = append(pairs, Pair{Headline: row[0], BodyID: id, Stance: l})
	}
	return pairs, nil
}

// readCSV reads all records after checking the header names the columns
// given, in order.
func readCSV(r io.Reader, header ...string) ([][]string, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = len(header)
	cr.ReuseRecord = false
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	for i, h := range header {
		// A UTF-8 byte order mark may precede the first column's name.
		if got := trimBOM(head[i]); got != h {
			return nil, fmt.Errorf("header: column %d is %q, want %q", i+1, head[i], h)
		}
	}
	return cr.ReadAll()
}

func trimBOM(s string) string {
	const bom = "\ufeff"
	if len(s) >= len(bom) && s[:len(bom)] == bom {
		return s[len(bom):]
	}
	return s
}
