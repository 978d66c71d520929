namespace Factumerit.Email.Inbound;

/// <summary>Where a message stands against its sender's daily limit on a route.</summary>
public enum LimitDecision
{
    /// <summary>Within the limit: the persona answers.</summary>
    Within,

    /// <summary>The first message past the limit today: the sender gets one polite notice.</summary>
    FirstOverLimit,

    /// <summary>Past the limit and already told: silence.</summary>
    OverLimit,
}

/// <summary>Per route, per sender, per UTC day message counts.</summary>
public interface ISenderLimits
{
    /// <summary>
    /// Counts <paramref name="emailId"/> against the sender's limit for <paramref name="day"/> and says where it falls.
    /// Counting the same email again (a redelivery) returns the same decision and does not count it twice.
    /// </summary>
    Task<LimitDecision> CountAsync(string routeKey, string senderHash, DateOnly day, string emailId, int limit,
        CancellationToken cancellationToken = default);
}
