package storage

// ForgetCommitmentCache drops every workspace's cached commitments, so the
// next read scans the stored documents: tests compare the two.
func ForgetCommitmentCache(s *Store) {
	if s.commitmentCache != nil {
		s.commitmentCache.mu.Lock()
		clear(s.commitmentCache.teams)
		s.commitmentCache.mu.Unlock()
	}
}
