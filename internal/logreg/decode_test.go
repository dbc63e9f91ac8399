package logreg

import (
	"encoding/json"
	"math"
	"os"
	"reflect"
	"testing"
)

// TestDecodeMatchesJSON guards Load's fast reader: on the embedded models
// and on inputs at its edges, it either declines (and Load uses
// encoding/json) or gives exactly what encoding/json gives, bit for bit.
func TestDecodeMatchesJSON(t *testing.T) {
	inputs := []string{
		`{"classes":["a","b"],"features":["x"],"mean":[0.5],"scale":[1e-3],"bias":[-0,2],"weights":[[1.25],[-3E+2]]}`,
		` { "classes" : [ ] , "features" : [ ] } `,
		`{}`,
		`{"mean":[0.1, 0.2, 0.30000000000000004, 1e308, 5e-324, 123456789012345678901234567890]}`,
		`{"mean":[1e400]}`, // out of range: encoding/json's error
		`{"mean":[01]}`,    // not JSON
		`{"mean":[1.]}`,    // not JSON
		`{"mean":[.5]}`,    // not JSON
		`{"mean":[+1]}`,    // not JSON
		`{"mean":[1e]}`,    // not JSON
		`{"mean":[NaN]}`,   // not JSON
		`{"mean":null}`,    // encoding/json's nil
		`{"Mean":[1]}`,     // encoding/json matches names without case
		`{"other":1}`,      // unknown keys are skipped there
		`{"classes":["a\"b"]}`,
		`{"classes":["é"]}`,
		`{"classes":["a"],}`,
		`{"classes":["a"]} x`,
		`{"classes":["a"]`,
		`{"mean":[1,2],"mean":[3]}`,
		`[]`,
		``,
	}
	// The first four are plain models in the shape Load writes: the fast
	// reader must take them, or the comparison below tests nothing.
	for i, in := range inputs[:4] {
		var m Model
		if !decode([]byte(in), &m) {
			t.Errorf("input %d %.40q: a plain model, declined by the fast reader", i, in)
		}
	}
	for _, name := range []string{"../../corpus/judge/model.json"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, string(b))
	}
	var stance map[string]json.RawMessage
	if b, err := os.ReadFile("../../corpus/stance/model.json"); err != nil {
		t.Fatal(err)
	} else if err := json.Unmarshal(b, &stance); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"related", "disagree", "stance"} {
		inputs = append(inputs, string(stance[k]))
	}
	for i, in := range inputs {
		var fast, slow Model
		ok := decode([]byte(in), &fast)
		err := json.Unmarshal([]byte(in), &slow)
		if i >= len(inputs)-4 && !ok {
			t.Errorf("input %d (an embedded model): the fast reader declined it", i)
		}
		if !ok {
			continue
		}
		if err != nil {
			t.Errorf("input %d %.40q: read, but encoding/json says %v", i, in, err)
			continue
		}
		if !reflect.DeepEqual(fast, slow) || !sameBits(fast, slow) {
			t.Errorf("input %d %.40q: %+v, encoding/json %+v", i, in, fast, slow)
		}
	}
}

// sameBits reports whether two models' numbers are the same bits (-0 is
// not 0).
func sameBits(a, b Model) bool {
	eq := func(x, y []float64) bool {
		for i := range x {
			if math.Float64bits(x[i]) != math.Float64bits(y[i]) {
				return false
			}
		}
		return true
	}
	if !eq(a.Mean, b.Mean) || !eq(a.Scale, b.Scale) || !eq(a.Bias, b.Bias) {
		return false
	}
	for k := range a.Weights {
		if !eq(a.Weights[k], b.Weights[k]) {
			return false
		}
	}
	return true
}
