using System.Globalization;
using Factumerit.Email.Functions.Functions.Digest;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Personas.EndToEnd;

/// <summary>Reminders, onboarding follow-ups and the digest, fired through the scheduler and the timer function.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PersonaTimersEndToEndTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_eis_reminder_is_mailed_once_when_its_time_comes()
    {
        await using var world = await PersonaWorld.StartAsync(azurite);
        await world.Driver.Service<IUserDirectory>().EnsureAsync("dan@example.test", "Dan", "operator");

        await world.Driver.HandleAsync(Mail("dan@example.test", "eis@factumerit.test", "remind me in 2 hours take the cake out"));
        await world.AdvanceAndSweepAsync(TimeSpan.FromHours(1));
        await world.AdvanceAndSweepAsync(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await world.WaitForMailAsync("dan@example.test", 2, "the reminder");
        await world.AdvanceAndSweepAsync(TimeSpan.FromMinutes(5));
        await world.WaitForOutboxAsync();

        var mails = world.SentTo("dan@example.test");
        Assert.Contains("OK, I'll remind you", mails[0].Text, StringComparison.Ordinal);
        var reminder = Assert.Single(mails, m => m.Subject == "Reminder: take the cake out");
        Assert.Equal("eis@factumerit.test", reminder.From);
        Assert.StartsWith("reminder:", reminder.IdempotencyKey, StringComparison.Ordinal);
        Assert.Equal(2, mails.Count);
    }

    [Fact]
    public async Task Onboarding_registers_the_sender_sends_the_welcome_and_the_day_one_tips()
    {
        await using var world = await PersonaWorld.StartAsync(azurite);

        await world.Driver.HandleAsync(Mail("Erin Example <erin@example.test>", "onboard@factumerit.test", "Hi! I just signed up."));
        var user = await world.Driver.Service<IUserDirectory>().FindByEmailAsync("erin@example.test");
        await world.AdvanceAndSweepAsync(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await world.WaitForMailAsync("erin@example.test", 2, "the day-one tips");

        Assert.Equal("onboard", user!.Source);
        var mails = world.SentTo("erin@example.test");
        Assert.Contains("Your first project, \"Getting Started\", is ready", mails[0].Text, StringComparison.Ordinal);
        Assert.Equal("Three tips for your first day with Factumerit", mails[1].Subject);
        Assert.Equal("onboard:tips:erin@example.test", mails[1].IdempotencyKey);
        Assert.Equal(2, mails.Count);
    }

    [Fact]
    public async Task A_digest_subscriber_gets_one_digest_at_their_local_hour_however_often_the_timer_runs()
    {
        await using var world = await PersonaWorld.StartAsync(azurite);
        await world.Driver.Service<IUserDirectory>().EnsureAsync("fay@example.test", "Fay", "operator");
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
        var local = TimeZoneInfo.ConvertTime(world.Clock.GetUtcNow(), zone);
        var nextHour = local.AddHours(1);
        var hour = nextHour.Hour.ToString(CultureInfo.InvariantCulture);

        await world.Driver.HandleAsync(Mail("fay@example.test", "digest@factumerit.test", "subscribe"));
        await world.Driver.HandleAsync(Mail("fay@example.test", "digest@factumerit.test", "timezone Asia/Kolkata"));
        await world.Driver.HandleAsync(Mail("fay@example.test", "digest@factumerit.test", $"time {hour}:00"));
        await RunDigestTimerAsync(world);
        world.Clock.Set(new DateTimeOffset(nextHour.Year, nextHour.Month, nextHour.Day, nextHour.Hour, 5, 0, zone.GetUtcOffset(nextHour)));
        await RunDigestTimerAsync(world);
        await RunDigestTimerAsync(world);
        await world.WaitForMailAsync("fay@example.test", 4, "the digest");
        await world.WaitForOutboxAsync();

        var digests = world.SentTo("fay@example.test").Where(m => m.Subject.StartsWith("Your Factumerit digest", StringComparison.Ordinal)).ToList();
        var digest = Assert.Single(digests);
        Assert.Equal("digest@factumerit.test", digest.From);
        Assert.Contains("Messages handled: 3", digest.Text, StringComparison.Ordinal);
        Assert.Contains("digest: 3 handled, 0 escalated", digest.Text, StringComparison.Ordinal);
        Assert.Equal($"digest:fay@example.test:{nextHour:yyyy-MM-dd}", digest.IdempotencyKey);
    }

    private static async Task RunDigestTimerAsync(PersonaWorld world)
    {
        using var scope = world.Host.Services.CreateScope();
        var function = scope.ServiceProvider.GetRequiredKeyedService<ITimerFunction>(DigestHourlyFunction.Name);
        await function.RunAsync(new TimerInvocation(DigestHourlyFunction.Name, world.Clock.GetUtcNow(), false), CancellationToken.None);
    }

    private static FakeReceivedEmail Mail(string from, string to, string text) => new()
    {
        From = from,
        To = [to],
        Subject = "Hello",
        Text = text,
    };
}
