package main

import (
	"bufio"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// env is the machine and code a run was measured on.
type env struct {
	Date       time.Time
	Commit     string // short hash, "+ uncommitted changes" when files other than ACCURACY.md differ
	GoVersion  string
	Platform   string
	CPUs       int
	CPUModel   string
	LoadBefore string
	LoadAfter  string
}

func environment(root string) env {
	e := env{
		Date:       time.Now().UTC(),
		GoVersion:  runtime.Version(),
		Platform:   runtime.GOOS + "/" + runtime.GOARCH,
		CPUs:       runtime.NumCPU(),
		CPUModel:   cpuModel(),
		LoadBefore: loadAvg(),
	}
	if out, err := exec.Command("git", "-C", root, "rev-parse", "--short", "HEAD").Output(); err == nil {
		e.Commit = strings.TrimSpace(string(out))
		if st, err := exec.Command("git", "-C", root, "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)ACCURACY.md").Output(); err == nil && len(st) > 0 {
			e.Commit += " + uncommitted changes"
		}
	}
	return e
}

// loadAvg is the 1, 5 and 15 minute load averages, or "" off Linux.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
