module github.com/example-org/example-operator

go 1.24.0
