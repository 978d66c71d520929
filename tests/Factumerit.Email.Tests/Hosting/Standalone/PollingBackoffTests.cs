using Factumerit.Email.Functions.Hosting.Standalone;

namespace Factumerit.Email.Tests.Hosting.Standalone;

public sealed class PollingBackoffTests
{
    [Fact]
    public void Waits_double_from_the_minimum_up_to_the_maximum_and_start_over_after_a_reset()
    {
        var backoff = new PollingBackoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(700));

        var waits = Enumerable.Range(0, 5).Select(_ => backoff.Next().TotalMilliseconds).ToArray();
        backoff.Reset();

        Assert.Equal([100d, 200, 400, 700, 700], waits);
        Assert.Equal(TimeSpan.FromMilliseconds(100), backoff.Next());
    }
}
