package slackfake_test

import (
	"context"
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
)

func sections(n, textLen int) []slack.Block {
	out := make([]slack.Block, n)
	for i := range out {
		out[i] = slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, strings.Repeat("x", textLen), false, false), nil, nil)
	}
	return out
}

func TestOversizePayloadsAreRejected(t *testing.T) {
	fake := slackfake.New(t)
	api := newClient(fake)
	ctx := context.Background()
	post := func(blocks []slack.Block) error {
		_, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("t", false), slack.MsgOptionBlocks(blocks...))
		return err
	}
	if err := post(sections(50, 3000)); err != nil {
		t.Errorf("50 blocks of 3,000 characters: %v", err)
	}
	if err := post(sections(51, 10)); err == nil || !strings.Contains(err.Error(), "invalid_blocks") {
		t.Errorf("51 blocks: %v, want invalid_blocks", err)
	}
	if err := post(sections(1, 3001)); err == nil || !strings.Contains(err.Error(), "invalid_blocks") {
		t.Errorf("section of 3,001 characters: %v, want invalid_blocks", err)
	}
	home := func(n int) error {
		_, err := api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: "U1",
			View: slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: sections(n, 10)}}})
		return err
	}
	if err := home(100); err != nil {
		t.Errorf("home of 100 blocks: %v", err)
	}
	if err := home(101); err == nil || !strings.Contains(err.Error(), "invalid_arguments") {
		t.Errorf("home of 101 blocks: %v, want invalid_arguments", err)
	}
	url := fake.NewResponseURL()
	err := slack.PostWebhookContext(ctx, url, &slack.WebhookMessage{Text: "t", Blocks: &slack.Blocks{BlockSet: sections(51, 10)}})
	if err == nil {
		t.Error("response_url accepted 51 blocks")
	}
	if len(fake.Messages()) != 1 {
		t.Errorf("recorded %d messages, want only the valid one", len(fake.Messages()))
	}
}
