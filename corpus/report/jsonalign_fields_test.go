package report

import (
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestAlignmentJSONFields guards appendAlignment, which writes the
// fields of an alignment by name, against a field added to one of the
// types it writes: encoding/json would write the new field, the
// hand-written writer would leave it out, and TestAlignmentJSON, whose
// alignments do not fill it, would not see the difference. A change here
// wants appendAlignment (and jsonAlignments) changed with it.
func TestAlignmentJSONFields(t *testing.T) {
	for _, c := range []struct {
		typ  reflect.Type
		want string
	}{
		{reflect.TypeFor[jsonAlignment](), "a b topic score verdict reasons best evidence"},
		{reflect.TypeFor[model.Reason](), "kind text a,omitempty b,omitempty side,omitempty"},
		{reflect.TypeFor[model.Evidence](), "terms,omitempty entities,omitempty numbers,omitempty"},
	} {
		var names []string
		for i := range c.typ.NumField() {
			f := c.typ.Field(i)
			tag := f.Tag.Get("json")
			if !f.IsExported() && !f.Anonymous || tag == "-" {
				continue
			}
			if tag == "" || strings.HasPrefix(tag, ",") {
				tag = f.Name + tag
			}
			names = append(names, tag)
		}
		if got := strings.Join(names, " "); got != c.want {
			t.Errorf("%v: encoding/json writes %q; appendAlignment writes %q", c.typ, got, c.want)
		}
	}
}
