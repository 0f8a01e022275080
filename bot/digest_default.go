package bot

import "github.com/netzwerkbot/netzwerkbot/storage"

// defaultDigestNote sets up the default commitment digest when the
// workspace has none (see storage.EnsureDefaultDigest: exactly once, and a
// paused or removed default stays so) and returns the note that tells the
// user, or nil when nothing was created. A failure is logged and not
// reported: the commitment the user recorded is stored either way, and the
// next "commit" tries again.
func (cl *call) defaultDigestNote() []Block {
	created, err := cl.team.EnsureDefaultDigest(cl.ctx, cl.loc.String(), cl.now)
	if err != nil {
		cl.log.Error().Err(err).Msg("setting up the default digest failed")
		return nil
	}
	if !created {
		return nil
	}
	cl.log.Info().Str("schedule", storage.DefaultDigestID).Msg("default digest set up")
	return []Block{Note{cl.lang.T("digest.default_created", storage.DefaultDigestID)}}
}
