package org.runmend.training;

import org.runmend.activity.Activity;

/**
 * An activity in a runner's log, with its id and the details the runner added.
 *
 * @param points how many samples the file recorded (also when a list left the samples unread)
 */
public record StoredActivity(String id, Activity activity, RunDetails details, int points) {
    public StoredActivity(String id, Activity activity, RunDetails details) {
        this(id, activity, details, activity.samples().size());
    }
}
