package org.runmend.training;

import org.runmend.activity.Activity;

/** An activity in a runner's log, with its id and the details the runner added. */
public record StoredActivity(String id, Activity activity, RunDetails details) {
}
