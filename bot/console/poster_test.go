package console_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"go.uber.org/goleak"

	"github.com/netzwerkbot/netzwerkbot/bot/console"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// The console poster prints what is sent; Run stops cleanly.
func TestConsoleSenderStops(t *testing.T) {
	ignore := goleak.IgnoreCurrent()
	store := storagetest.Open(t)
	var out bytes.Buffer
	poster := &console.Poster{Out: &out}
	_, err := store.Team("T1").QueueMessage(context.Background(), storage.OutboxMessage{
		Key: "k1", Channel: "U1", Text: "Erinnerung\nZweite Zeile", CreatedAt: time.Now(),
	})
	if err != nil {
		t.Fatal(err)
	}
	s := outbox.NewSender(outbox.SenderOptions{Store: store, Poster: poster, Poll: 10 * time.Millisecond, Log: zerolog.Nop()})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if m, _ := store.Team("T1").OutboxMessage(context.Background(), "k1"); m.State == storage.OutboxSent {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "→ U1: Erinnerung\n  Zweite Zeile\n" {
		t.Fatalf("printed %q", got)
	}
	if err := store.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	goleak.VerifyNone(t, ignore)
}

// Slack's mentions in a message are printed as a terminal shows them.
func TestPosterPrintsMentionsAsTyped(t *testing.T) {
	var out bytes.Buffer
	poster := &console.Poster{Out: &out}
	text := "Guten Tag, <@U1>: die Überprüfung läuft in <#C0123|bildungsnetzwerk> und <#steuerkreis>; a<b bleibt."
	if _, err := poster.PostMessage(context.Background(), "U1", text, ""); err != nil {
		t.Fatal(err)
	}
	want := "→ U1: Guten Tag, @U1: die Überprüfung läuft in #bildungsnetzwerk und #steuerkreis; a<b bleibt.\n"
	if got := out.String(); got != want {
		t.Fatalf("printed %q, want %q", got, want)
	}
}
