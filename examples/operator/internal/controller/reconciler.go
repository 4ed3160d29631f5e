// Package controller reconciles QueueAutoscalers.
package controller

// Run starts the reconcile loop.
func Run() error {
	return nil
}
