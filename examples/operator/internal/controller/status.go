package controller

// Pod is the part of a pod the status needs.
type Pod struct {
	Ready       bool
	Terminating bool
}

// ObservedReplicas counts the ready pods that are not terminating.
func ObservedReplicas(pods []Pod) int32 {
	var n int32
	for _, p := range pods {
		if p.Ready && !p.Terminating {
			n++
		}
	}
	return n
}
