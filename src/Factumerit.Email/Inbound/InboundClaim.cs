namespace Factumerit.Email.Inbound;

/// <summary>What a worker run may do with an email, as its ledger row says when the run starts.</summary>
public enum InboundClaim
{
    /// <summary>This run holds the email until its lease ends, and does the work.</summary>
    Claimed,

    /// <summary>An earlier run finished it.</summary>
    Completed,

    /// <summary>
    /// Another run holds an unexpired lease, or claimed it a moment before this run did. That run's own message stays
    /// on the queue until it completes, so acknowledging this one loses nothing.
    /// </summary>
    HeldElsewhere,
}
