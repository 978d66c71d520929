using Factumerit.Email.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.Tests.Scheduling;

/// <summary>Bad arguments fail before any request: the storage behind these services refuses every connection.</summary>
public sealed class SchedulerArgumentTests
{
    private readonly IScheduler _scheduler;

    public SchedulerArgumentTests()
    {
        var services = SchedulerServices.Create();
        services.AddScheduledActionHandler<NoopHandler>("snooze");
        _scheduler = services.BuildServiceProvider().GetRequiredService<IScheduler>();
    }

    [Fact]
    public async Task An_action_without_a_handler_is_rejected_when_it_is_scheduled()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _scheduler.ScheduleAsync("thread-1", "snoze", DateTimeOffset.UtcNow));
        Assert.Contains("'snoze'", error.Message);
    }

    [Theory]
    [InlineData("", "snooze", 10)]
    [InlineData("thread-1", "has space", 10)]
    [InlineData("thread-1", "snooze", 30_001)]
    public async Task Invalid_schedules_are_rejected(string subject, string action, int payloadLength) =>
        await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            _scheduler.ScheduleAsync(subject, action, DateTimeOffset.UtcNow, new string('x', payloadLength)));

    [Fact]
    public async Task A_subject_key_longer_than_the_limit_is_rejected() =>
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _scheduler.ScheduleAsync(new string('s', ScheduleLimits.MaxSubjectKeyChars + 1), "snooze", DateTimeOffset.UtcNow));

    [Fact]
    public async Task Cancel_and_get_take_only_schedule_ids()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _scheduler.CancelAsync("../other"));
        await Assert.ThrowsAsync<ArgumentException>(() => _scheduler.GetAsync("schedule/1"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _scheduler.CancelSubjectAsync(" "));
    }
}
