using Factumerit.Email.Inbound;

namespace Factumerit.Email.Functions.Functions.Inbound;

/// <summary>
/// The production queue names of the persona pipeline, as the function definitions declare them. They are the
/// defaults of <see cref="InboundOptions.InboundQueue"/> and <see cref="InboundOptions.OutboundQueue"/>; changing
/// those options only makes sense together with the definitions (tests do, to isolate runs).
/// </summary>
public static class InboundQueues
{
    public static readonly string Inbound = new InboundOptions().InboundQueue;
    public static readonly string Outbound = new InboundOptions().OutboundQueue;
}
