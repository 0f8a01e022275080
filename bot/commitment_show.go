package bot

import (
	"slices"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// commitmentShow: commitment show <id>. It shows the commitment's current
// state, its whole history and buttons for the status changes it allows.
func commitmentShow(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	c, rest, err := cl.loadCommitment(bare)
	if err != nil {
		return Reply{}, err
	}
	if len(rest) > 0 {
		return Reply{}, fail(storage.KindInvalid, "err.commitment_extra", cmdline.JoinText(rest))
	}
	return cl.commitmentCard(&c)
}

// commitmentCard shows a commitment's current state, its whole history and
// buttons for the status changes it allows.
func (cl *call) commitmentCard(c *storage.Commitment) (Reply, error) {
	fields, err := cl.commitmentFields(c)
	if err != nil {
		return Reply{}, err
	}
	events, err := cl.team.CommitmentEvents(cl.ctx, c.ID)
	if err != nil {
		return Reply{}, err
	}
	history := make([]string, len(events))
	for i := range events {
		history[i] = cl.eventLine(&events[i])
	}
	blocks := []Block{
		Header{cl.lang.T("commitment.header", c.ID)},
		Fields{fields},
		Paragraph{cl.lang.T("commitment.history")},
		List{history},
	}
	if buttons := cl.commitmentButtons(c); len(buttons) > 0 {
		blocks = append(blocks, Buttons{buttons})
	}
	return Reply{Blocks: blocks}, nil
}

// commitmentFields lists a commitment's current state with the names of
// its owner and committee (their ids when they no longer exist).
func (cl *call) commitmentFields(c *storage.Commitment) ([]Field, error) {
	owner := c.Owner
	if s, err := cl.team.Stakeholder(cl.ctx, c.Owner); err == nil {
		owner = s.Name + " (" + s.ID + ")"
	} else if !storage.IsNotFound(err) {
		return nil, err
	}
	l := cl.lang
	fields := []Field{
		{l.T("commitment.field.text"), c.Text},
		{l.T("commitment.field.owner"), owner},
		{l.T("commitment.field.due"), l.StoredDay(c.Due)},
		{l.T("commitment.field.status"), commitmentStatusName(l, c, cl.commitmentToday())},
	}
	if c.Committee != "" {
		committee := c.Committee
		if g, err := cl.team.Committee(cl.ctx, c.Committee); err == nil {
			committee = g.Name + " (" + g.ID + ")"
		} else if !storage.IsNotFound(err) {
			return nil, err
		}
		fields = append(fields, Field{l.T("commitment.field.committee"), committee})
	}
	created := l.T("commitment.created_by", cl.timeText(c.CreatedAt), c.CreatedBy)
	return append(fields, Field{l.T("commitment.field.created"), created}), nil
}

// eventLine is one line of a commitment's history: when, who, what.
func (cl *call) eventLine(ev *storage.CommitmentEvent) string {
	l := cl.lang
	var what string
	switch ev.Kind {
	case storage.EventCreated:
		what = l.T("commitment.event.created")
	case storage.EventStatus:
		what = l.T("commitment.event.status", l.T("commitment.status."+ev.From), l.T("commitment.status."+ev.To))
	case storage.EventDue:
		what = l.T("commitment.event.due", l.StoredDay(ev.From), l.StoredDay(ev.To))
	case storage.EventNote:
		what = l.T("commitment.event.note", ev.Note)
	}
	if ev.Note != "" && ev.Kind != storage.EventNote {
		what = l.T("commitment.event.noted", what, ev.Note)
	}
	return cl.timeText(ev.At) + " · @" + ev.Actor + " · " + what
}

// commitmentButtons offers the status changes c allows; reopening only to
// coordinators and admins. Each button runs a typed command.
func (cl *call) commitmentButtons(c *storage.Commitment) []Button {
	var out []Button
	for _, b := range []struct {
		tr    transition
		style string
	}{{transitionStart, ""}, {transitionDone, "primary"}, {transitionDrop, "danger"}, {transitionReopen, ""}} {
		if !slices.Contains(b.tr.from, c.Status) || b.tr.verb == "reopen" && cl.role < storage.RoleCoordinator {
			continue
		}
		out = append(out, Button{Label: cl.lang.T("commitment.button." + b.tr.verb), Command: CommandLine(cl.lang, []string{"commit", b.tr.verb}, c.ID), Style: b.style})
	}
	return out
}
