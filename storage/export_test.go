package storage

// ForgetCaches drops every workspace's cached documents, so the next read
// scans the stored documents: tests compare the two.
func ForgetCaches(s *Store, team string) {
	if s.caches.commitments != nil {
		s.caches.commitments.forget(team)
		s.caches.stakeholders.forget(team)
	}
}
