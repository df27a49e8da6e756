//go:build unix

package localapi

import "syscall"

func umask(m int) int { return syscall.Umask(m) }
