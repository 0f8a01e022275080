package bot

import (
	"slices"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// transition is a status change a command makes.
type transition struct {
	verb string   // the command word, for the audit action
	to   string   // the new status
	from []string // the statuses it may start from
}

// The status changes. Only reopen leaves a closed status.
var (
	transitionStart  = transition{"start", storage.CommitmentInProgress, []string{storage.CommitmentOpen}}
	transitionDone   = transition{"done", storage.CommitmentDone, storage.CommitmentUnfinished}
	transitionDrop   = transition{"drop", storage.CommitmentDropped, storage.CommitmentUnfinished}
	transitionReopen = transition{"reopen", storage.CommitmentOpen, []string{storage.CommitmentDone, storage.CommitmentDropped}}
)

// commitmentStatus returns the handler of "commitment <verb> <id>
// [note:…]": it applies tr when the commitment's status allows it and the
// caller may change the commitment. Words after the id are taken as the
// note. A refused change says why and changes nothing.
func commitmentStatus(tr transition) func(*call) (Reply, error) {
	return func(cl *call) (Reply, error) {
		c, note, err := cl.commitmentChange()
		if err != nil {
			return Reply{}, err
		}
		if err := cl.checkTransition(&c, tr); err != nil {
			return Reply{}, err
		}
		ev := storage.CommitmentEvent{Kind: storage.EventStatus, From: c.Status, To: tr.to, Note: note}
		changes := []storage.Change{{Field: "status", Before: c.Status, After: tr.to}}
		if err := cl.recordCommitmentEvent(&c, ev, "commitment."+tr.verb, changes); err != nil {
			return cl.commitmentLostRace(err, c)
		}
		status := cl.lang.T("commitment.status." + tr.to)
		return Say(cl.lang.T("commitment.status_changed", c.ID, shorten(c.Text, maxShortText), status)), nil
	}
}

// checkTransition refuses tr when c's status does not allow it: with
// "already" when c has tr's status, with a hint on reopening when c is
// closed, and with "not closed" for reopening an unfinished commitment.
func (cl *call) checkTransition(c *storage.Commitment, tr transition) error {
	if slices.Contains(tr.from, c.Status) {
		return nil
	}
	status := cl.lang.T("commitment.status." + c.Status)
	switch {
	case c.Status == tr.to:
		return fail(storage.KindConflict, "err.commitment_already", c.ID, status)
	case c.Closed():
		return fail(storage.KindConflict, "err.commitment_closed", c.ID, status)
	default:
		return fail(storage.KindConflict, "err.commitment_not_closed", c.ID, status)
	}
}

// commitmentDue: commitment due <id> <date> [note:…]. The date may be a
// phrase of several words ("nächsten Freitag"); words after it are taken
// as the note. A day in the past is accepted and the reply says the
// commitment is now overdue; a closed commitment must be reopened first.
func commitmentDue(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs([]string{"notes"})
	if err != nil {
		return Reply{}, err
	}
	c, rest, err := cl.loadCommitment(bare)
	if err != nil {
		return Reply{}, err
	}
	if err := cl.checkOwnCommitment(&c); err != nil {
		return Reply{}, err
	}
	if len(rest) == 0 {
		return Reply{}, fail(storage.KindInvalid, "err.commitment_date_missing", c.ID)
	}
	n := cmdline.DatePhraseLength(rest)
	due, err := cl.commitmentDueDay(cmdline.Value{Text: cmdline.JoinText(rest[:n]), Kind: rest[0].Kind, Date: rest[0].Date})
	if err != nil {
		return Reply{}, err
	}
	note, err := cl.commitmentNoteText(opts, rest[n:])
	if err != nil {
		return Reply{}, err
	}
	if c.Closed() {
		return Reply{}, fail(storage.KindConflict, "err.commitment_closed", c.ID, cl.lang.T("commitment.status."+c.Status))
	}
	if due == c.Due {
		return Say(cl.lang.T("commitment.due_unchanged", c.ID, cl.lang.StoredDayWithWeekday(due))), nil
	}
	ev := storage.CommitmentEvent{Kind: storage.EventDue, From: c.Due, To: due, Note: note}
	changes := []storage.Change{{Field: "due", Before: c.Due, After: due}}
	if err := cl.recordCommitmentEvent(&c, ev, "commitment.due", changes); err != nil {
		return cl.commitmentLostRace(err, c)
	}
	return Say(cl.lang.T("commitment.due_changed", c.ID, cl.lang.StoredDay(ev.From)) + " " + cl.dueStated(due)), nil
}

// commitmentNote: commitment note <id> <text>. Notes are possible in every
// status.
func commitmentNote(cl *call) (Reply, error) {
	c, note, err := cl.commitmentChange()
	if err != nil {
		return Reply{}, err
	}
	if note == "" {
		return Reply{}, fail(storage.KindInvalid, "err.commitment_note_missing")
	}
	ev := storage.CommitmentEvent{Kind: storage.EventNote, Note: note}
	if err := cl.recordCommitmentEvent(&c, ev, "commitment.note", nil); err != nil {
		return cl.commitmentLostRace(err, c)
	}
	return Say(cl.lang.T("commitment.noted", c.ID)), nil
}

// commitmentChange parses "<id> [words…] [note:…]" for a change of the
// caller's (or, for coordinators, any) commitment, and returns the
// commitment and the note: note:… or the words after the id, not both.
func (cl *call) commitmentChange() (storage.Commitment, string, error) {
	bare, opts, err := cl.splitArgs([]string{"notes"})
	if err != nil {
		return storage.Commitment{}, "", err
	}
	c, rest, err := cl.loadCommitment(bare)
	if err != nil {
		return c, "", err
	}
	if err := cl.checkOwnCommitment(&c); err != nil {
		return c, "", err
	}
	note, err := cl.commitmentNoteText(opts, rest)
	return c, note, err
}

// commitmentNoteText returns the note given as note:… or as the words
// rest; giving both is refused, as is a note over maxTextLen characters.
func (cl *call) commitmentNoteText(opts map[string]cmdline.Value, rest []cmdline.Value) (string, error) {
	note := cmdline.JoinText(rest)
	if v, ok := opts["notes"]; ok {
		if note != "" {
			return "", fail(storage.KindInvalid, "err.duplicate_field", cl.keyName("notes"))
		}
		note = v.Text
	}
	return note, checkText(cl.lang.T("commitment.field.note"), note)
}

// checkOwnCommitment lets coordinators and admins change any commitment
// and members those owned by a stakeholder linked to them; anyone else is
// refused with err.needs_role.
func (cl *call) checkOwnCommitment(c *storage.Commitment) error {
	if cl.role >= storage.RoleCoordinator {
		return nil
	}
	owner, err := cl.team.Stakeholder(cl.ctx, c.Owner)
	if err != nil && !storage.IsNotFound(err) {
		return err
	}
	if err == nil && owner.SlackUser == cl.req.UserID {
		return nil
	}
	return cl.needsCoordinator()
}

// recordCommitmentEvent stores ev for c, made by the caller now, together
// with its audit entry as action with changes (and the note, if any). A
// change that lost a race with another user fails as storage reports it
// (see commitmentLostRace).
func (cl *call) recordCommitmentEvent(c *storage.Commitment, ev storage.CommitmentEvent, action string, changes []storage.Change) error {
	ev.Commitment, ev.At, ev.Actor = c.ID, cl.now, cl.req.UserID
	if ev.Note != "" {
		changes = append(changes, storage.Change{Field: "note", After: ev.Note})
	}
	_, err := cl.audited(action, "commitment", c.ID, changes).RecordCommitmentEvent(cl.ctx, ev)
	return err
}

// commitmentLostRace answers a change of c that err refused because
// someone changed c first: who, and c as it is now (see lostRace). When
// storage cannot tell who, it says so with err.commitment_changed; other
// errors stay as they are.
func (cl *call) commitmentLostRace(err error, c storage.Commitment) (Reply, error) {
	if _, known := storage.ChangedMeanwhile(err); !known && storage.IsConflict(err) {
		return Reply{}, fail(storage.KindConflict, "err.commitment_changed", c.ID)
	}
	return cl.lostRace(err, func() (Reply, error) {
		fresh, err := cl.team.Commitment(cl.ctx, c.ID)
		if err != nil {
			return Reply{}, err
		}
		return cl.commitmentCard(&fresh)
	}, "commitment.changed_meanwhile", c.ID)
}
