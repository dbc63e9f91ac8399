module github.com/parallax-reader/parallax/bench/baseline

go 1.26
