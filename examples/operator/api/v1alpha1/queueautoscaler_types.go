// Package v1alpha1 holds the QueueAutoscaler API.
package v1alpha1

// QueueAutoscalerSpec names the Deployment to scale and the queue depth per replica.
type QueueAutoscalerSpec struct {
	TargetRef        TargetRef `json:"targetRef"`
	TargetQueueDepth int32     `json:"targetQueueDepth"`
	MaxReplicas      int32     `json:"maxReplicas,omitempty"`
}

// TargetRef is the Deployment in the autoscaler's namespace.
type TargetRef struct {
	Name string `json:"name"`
}

// QueueAutoscalerStatus is what the controller observed.
type QueueAutoscalerStatus struct {
	ObservedReplicas int32 `json:"observedReplicas,omitempty"`
	DesiredReplicas  int32 `json:"desiredReplicas,omitempty"`
}
