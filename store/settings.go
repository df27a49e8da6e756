package store

import (
	"time"

	"github.com/practicepost/practicepost/post"
)

// Typed practice settings. calendar is the only writer of the emergency stop
// (and the scheduler of the pause it puts on a channel whose login expired);
// the readers, the scheduler above all, read them here, so they need no
// import of the writer and read them inside their own transaction.

// settingEmergencyStop is the settings key of the practice-wide stop.
const settingEmergencyStop = "emergency_stop"

// EmergencyStop is the practice-wide "pause all" switch, e.g. after a
// local tragedy.
type EmergencyStop struct {
	Active bool      `json:"active"`
	By     string    `json:"by,omitempty"`
	At     time.Time `json:"at,omitzero"`
	Reason string    `json:"reason,omitempty"`
	Held   []post.ID `json:"held,omitempty"` // what the stop held, to release on resume
}

// EmergencyStop reads the stop; the zero value when it was never set. Read
// it in the transaction that acts on it, so the switch cannot change between
// the read and the act.
func (tx *boltTx) EmergencyStop() (EmergencyStop, error) {
	var stop EmergencyStop
	_, err := tx.Setting(settingEmergencyStop, &stop)
	return stop, err
}

// PutEmergencyStop stores the stop and audits the change.
func (tx *boltTx) PutEmergencyStop(stop EmergencyStop, audit Audit) error {
	return tx.PutSetting(settingEmergencyStop, stop, audit)
}

// ChannelPause is the stored pause of one channel, set when its token
// expired or by a person, and cleared when a person resumes or reconnects it.
type ChannelPause struct {
	Paused bool      `json:"paused"`
	Reason string    `json:"reason,omitempty"`
	At     time.Time `json:"at,omitzero"`
	By     string    `json:"by,omitempty"`
}

// channelPauseKey is the settings key of a channel's pause.
func channelPauseKey(channel string) string { return "channel_pause/" + channel }

// ChannelPause reads a channel's stored pause; the zero value when none was set.
func (tx *boltTx) ChannelPause(channel string) (ChannelPause, error) {
	var p ChannelPause
	_, err := tx.Setting(channelPauseKey(channel), &p)
	return p, err
}

// PutChannelPause stores a channel's pause and audits the change.
func (tx *boltTx) PutChannelPause(channel string, p ChannelPause, audit Audit) error {
	return tx.PutSetting(channelPauseKey(channel), p, audit)
}
