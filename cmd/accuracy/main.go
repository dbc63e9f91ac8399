// Command accuracy measures parallax's alignments and verdicts on public
// data and writes ACCURACY.md at the module root: the FNC-1 stance
// benchmark on the dev part of a fixed split, and real multi-outlet pairs
// with paragraph gold (eval/testdata/realpairs.json; with -split fit, the
// separate fit gold eval/testdata/realpairs_fit.json). It prints one table.
//
//	go run ./cmd/accuracy                 # dev part, writes ACCURACY.md
//	go run ./cmd/accuracy -n 1000         # a quick fixed subset (no file unless -o)
//	go run ./cmd/accuracy -split fit -o /tmp/fit.md
//
// See package eval for the data, the split and the stance rule.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/parallax-reader/parallax/eval"
	"github.com/parallax-reader/parallax/internal/cputime"
)

// options is what the command line asked for.
type options struct {
	split   eval.Part
	n       int
	out     string
	outSet  bool
	data    string
	gold    string
	workers int
}

func main() {
	opts, err := parseFlags(os.Args[1:], os.Stderr)
	if err == flag.ErrHelp {
		os.Exit(0)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "accuracy:", err)
		os.Exit(2)
	}
	if err := run(opts, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "accuracy:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("accuracy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	split := fs.String("split", string(eval.Dev), "which part of FNC-1 to run: dev or fit")
	fs.IntVar(&o.n, "n", 0, "run a fixed, evenly spread subset of `N` pairs (0: all)")
	fs.StringVar(&o.out, "o", "", "write the report to `path` (default ACCURACY.md at the module root for a full dev run; none otherwise; - for stdout)")
	fs.StringVar(&o.data, "data", "", "FNC-1 directory (default ../shared/data/fnc-1 from the module root)")
	fs.StringVar(&o.gold, "gold", "", "real-pair gold (default under the module root: eval/"+eval.RealPairsFile+" for dev, eval/"+eval.RealPairsFitFile+" for fit)")
	fs.IntVar(&o.workers, "workers", 0, "comparisons run at once (0: one per processor)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	switch eval.Part(*split) {
	case eval.Dev, eval.Fit:
		o.split = eval.Part(*split)
	default:
		return o, fmt.Errorf("-split %q: want dev or fit", *split)
	}
	fs.Visit(func(f *flag.Flag) { o.outSet = o.outSet || f.Name == "o" })
	return o, nil
}

func run(o options, stdout io.Writer) error {
	root, err := eval.ModuleRoot()
	if err != nil {
		return err
	}
	if o.data == "" {
		if o.data, err = eval.DataDir(); err != nil {
			return err
		}
	}
	var gold2 string // the second dev gold, scored on a dev run that names no gold
	if o.gold == "" {
		o.gold = filepath.Join(root, "eval", eval.RealPairsFileFor(o.split))
		if o.split == eval.Dev {
			gold2 = filepath.Join(root, "eval", eval.RealPairsDev2File)
		}
	}
	if !o.outSet && o.split == eval.Dev && o.n == 0 {
		o.out = filepath.Join(root, "ACCURACY.md")
	}

	r := &report{Split: o.split, Subset: o.n, Env: environment(root), Gold: relPath(root, o.gold)}
	t0 := time.Now()
	fnc, err := eval.LoadFNC(o.data)
	if err != nil {
		return err
	}
	r.Load = time.Since(t0)
	r.TotalPairs, r.TotalBodies = len(fnc.Pairs), len(fnc.Bodies)

	pairs := eval.Subset(eval.Select(fnc.Pairs, o.split), o.n)
	r.Workers = o.workers
	if r.Workers <= 0 {
		r.Workers = runtime.GOMAXPROCS(0)
	}
	cpu0, t1 := cputime.Used(), time.Now()
	r.FNC = eval.RunFNC(pairs, fnc.Bodies, o.workers)
	r.Wall, r.CPU = time.Since(t1), cputime.Used()-cpu0
	if r.FNC.Errors > 0 {
		fmt.Fprintf(os.Stderr, "accuracy: %d comparisons failed (counted unrelated); first: %v\n", r.FNC.Errors, r.FNC.FirstErr)
	}

	if gold, err := eval.LoadGold(o.gold); err == nil {
		t2 := time.Now()
		r.Real = eval.ScoreReal(gold, fnc.Bodies)
		r.RealWall = time.Since(t2)
	} else if os.IsNotExist(err) {
		r.RealAbsent = true
	} else {
		return err
	}
	if gold2 != "" {
		if gold, err := eval.LoadGold(gold2); err == nil {
			t2 := time.Now()
			r.Gold2, r.Real2 = relPath(root, gold2), eval.ScoreReal(gold, fnc.Bodies)
			r.Real2Wall = time.Since(t2)
		} else if !os.IsNotExist(err) {
			return err
		}
	}
	r.Env.LoadAfter = loadAvg()

	r.writeTable(stdout)
	switch o.out {
	case "":
		return nil
	case "-":
		return r.writeMarkdown(stdout)
	}
	f, err := os.Create(o.out)
	if err != nil {
		return err
	}
	if err := r.writeMarkdown(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nwrote %s\n", o.out)
	return nil
}

func relPath(root, p string) string {
	if rel, err := filepath.Rel(root, p); err == nil && filepath.IsLocal(rel) {
		return filepath.ToSlash(rel)
	}
	return p
}
