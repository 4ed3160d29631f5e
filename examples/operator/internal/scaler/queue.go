// Package scaler turns a queue depth into a replica count.
package scaler

// Desired is the replica count that keeps each replica's queue at target, within [1, max].
func Desired(queueDepth, target, max int32) int32 {
	if target <= 0 {
		return 1
	}
	n := (queueDepth + target - 1) / target
	if n < 1 {
		n = 1
	}
	if max > 0 && n > max {
		n = max
	}
	return n
}
