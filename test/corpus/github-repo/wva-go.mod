module github.com/llm-d-incubation/workload-variant-autoscaler

go 1.23.0

godebug default=go1.23

toolchain go1.23.10

require (
	github.com/onsi/ginkgo/v2 v2.22.0
	github.com/onsi/gomega v1.36.1
	github.com/stretchr/testify v1.10.0
