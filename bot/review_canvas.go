package bot

import (
	"context"
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// ReviewCanvas writes the closed review r's summary as markdown for its
// channel's canvas (review.Composer): the channel summary, which names no
// one.
func (c *Core) ReviewCanvas(ctx context.Context, team *storage.Team, r storage.Review, s review.Summary) (string, error) {
	rd, err := c.workspaceReader(ctx, team)
	if err != nil {
		return "", err
	}
	return markdown(channelSummaryBlocks(rd, r, s)), nil
}

// CanvasNotPermitted returns the workspace's admins (granted and
// configured) and the notice that the review canvas was skipped because
// the workspace has not granted scope (review.Composer).
func (c *Core) CanvasNotPermitted(ctx context.Context, team *storage.Team, scope string) ([]string, []outbox.Message, error) {
	l, _, err := c.workspaceLang(ctx, team)
	if err != nil {
		return nil, nil, err
	}
	grants, err := team.Roles(ctx)
	if err != nil {
		return nil, nil, err
	}
	var admins []string
	for user := range c.admins {
		admins = append(admins, user)
	}
	for _, g := range grants {
		if role, _ := storage.ParseRole(g.Role); role == storage.RoleAdmin {
			admins = append(admins, g.User)
		}
	}
	slices.Sort(admins)
	msgs := c.render(Reply{Blocks: []Block{Paragraph{l.T("review.canvas_not_permitted", scope)}}})
	return slices.Compact(admins), msgs, nil
}

// markdown renders blocks as canvas markdown: headers as headings, lists
// as bullets, fields as bold labels, notes in italics; buttons are left
// out (a canvas cannot run commands).
func markdown(blocks []Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		switch v := bl.(type) {
		case Header:
			b.WriteString("## " + v.Text + "\n")
		case Paragraph:
			b.WriteString(v.Text + "\n")
		case Note:
			b.WriteString("_" + v.Text + "_\n")
		case List:
			for _, it := range v.Items {
				b.WriteString("- " + it + "\n")
			}
		case Fields:
			for _, f := range v.Items {
				b.WriteString("**" + f.Label + ":** " + f.Value + "\n")
			}
		}
	}
	return b.String()
}
