package org.targetboard.core.followup;

/** Whether the treating team followed the board's advice. */
public enum AdviceFollowed {

	YES, PARTLY, NO

}
