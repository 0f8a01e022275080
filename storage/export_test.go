package storage

// ForgetCaches drops every workspace's cached documents, so the next read
// scans the stored documents: tests compare the two.
func ForgetCaches(s *Store, team string) {
	if s.caches.commitments != nil {
		s.caches.commitments.forget(team)
		s.caches.stakeholders.forget(team)
		s.caches.committees.forget(team)
		s.caches.members.forget(team)
		s.caches.meetings.forget(team)
		s.caches.audit.forget(team)
	}
}

// CachesLoaded reports whether both caches hold the workspace; always true
// against MongoDB, which has no caches.
func CachesLoaded(s *Store, team string) bool {
	if s.caches.commitments == nil {
		return true
	}
	_, c := s.caches.commitments.snapshotOf(team)
	_, st := s.caches.stakeholders.snapshotOf(team)
	return c && st
}
