package report

import (
	"io"

	"github.com/parallax-reader/parallax/corpus/model"
)

// WriteJSONWhole writes the JSON report as it was written before it was
// streamed: encoded whole, then indented whole.
func WriteJSONWhole(w io.Writer, c *model.Comparison, x Extras) error {
	b, err := wholeJSON(jsonReportOf(c, x))
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}
