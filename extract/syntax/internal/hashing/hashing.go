// Package hashing holds the bit mixing the parser's and the tagger's feature keys are
// built with, so that both stay the same for the models trained on them.
package hashing

// Mix scrambles the bits of h (the finalizer of MurmurHash3), so that keys built by
// adding atoms spread over the whole range.
func Mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}
