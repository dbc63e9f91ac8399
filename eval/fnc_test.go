package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Bodies as FNC-1 writes them: quoted, spanning lines, with doubled quotes
// and commas inside, and blank lines between paragraphs.
const bodiesCSV = "Body ID,articleBody\n" +
	"0,\"First paragraph, with a comma. \n\nSecond said \"\"no\"\".\nThird line\"\n" +
	"7,One line body\n" +
	"12,\"\"\n"

const stancesCSV = "Headline,Body ID,Stance\r\n" +
	"\"Man says \"\"no\"\", world shrugs\",0,disagree\r\n" +
	"Plain headline,7,unrelated\r\n" +
	"Another,0,discuss\r\n"

func TestReadBodies(t *testing.T) {
	bodies, err := ReadBodies(strings.NewReader(bodiesCSV))
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]string{
		0:  "First paragraph, with a comma. \n\nSecond said \"no\".\nThird line",
		7:  "One line body",
		12: "",
	}
	if len(bodies) != len(want) {
		t.Fatalf("got %d bodies, want %d", len(bodies), len(want))
	}
	for id, w := range want {
		if bodies[id] != w {
			t.Errorf("body %d = %q, want %q", id, bodies[id], w)
		}
	}
	// Line numbers: the gold's LINE is 1-based in the text split on "\n".
	if lines := strings.Split(bodies[0], "\n"); len(lines) != 4 || lines[2] != "Second said \"no\"." {
		t.Errorf("body 0 lines = %q", lines)
	}
}

func TestReadStances(t *testing.T) {
	pairs, err := ReadStances(strings.NewReader(stancesCSV))
	if err != nil {
		t.Fatal(err)
	}
	want := []Pair{
		{`Man says "no", world shrugs`, 0, Disagree},
		{"Plain headline", 7, Unrelated},
		{"Another", 0, Discuss},
	}
	if len(pairs) != len(want) {
		t.Fatalf("got %d pairs, want %d", len(pairs), len(want))
	}
	for i := range want {
		if pairs[i] != want[i] {
			t.Errorf("pair %d = %+v, want %+v", i, pairs[i], want[i])
		}
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, in string }{
		{"wrong header", "Body,articleBody\n0,x\n"},
		{"bad id", "Body ID,articleBody\nx,y\n"},
		{"duplicate id", "Body ID,articleBody\n1,a\n1,b\n"},
		{"unterminated quote", "Body ID,articleBody\n1,\"abc\n"},
		{"too many fields", "Body ID,articleBody\n1,a,b\n"},
	}
	for _, tt := range tests {
		if _, err := ReadBodies(strings.NewReader(tt.in)); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
	if _, err := ReadStances(strings.NewReader("Headline,Body ID,Stance\nh,1,maybe\n")); err == nil {
		t.Error("unknown stance: no error")
	}
}

func TestLoadFNCChecksBodies(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(BodiesFile, bodiesCSV)
	write(StancesFile, stancesCSV)
	fnc, err := LoadFNC(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(fnc.Pairs) != 3 || len(fnc.Bodies) != 3 {
		t.Errorf("got %d pairs, %d bodies", len(fnc.Pairs), len(fnc.Bodies))
	}
	write(StancesFile, "Headline,Body ID,Stance\nh,99,agree\n")
	if _, err := LoadFNC(dir); err == nil || !strings.Contains(err.Error(), "99") {
		t.Errorf("a stance naming a missing body: err = %v", err)
	}
}
