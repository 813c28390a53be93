package cn.gongkai.escalation;

import java.time.Instant;
import java.time.LocalDate;

/** A rung's turn: the working day it falls on and the moment its mails go out, for a due day. */
public record Occurrence(Rung rung, LocalDate on, Instant at, LocalDate dueOn) {
}
