using Google.Apis.Util;

namespace Factumerit.Email.Providers.Gmail.Credentials;

/// <summary>Google.Apis' clock over the injected <see cref="TimeProvider"/>, so token expiry follows test clocks.</summary>
internal sealed class GoogleClock(TimeProvider timeProvider) : IClock
{
    public DateTime Now => timeProvider.GetLocalNow().DateTime;

    public DateTime UtcNow => timeProvider.GetUtcNow().UtcDateTime;
}
