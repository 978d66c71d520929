using Factumerit.Email.Storage.Scheduler;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Scheduling;

public sealed class SchedulerOptionsTests
{
    private static SchedulerOptions Resolve(params (string Key, string Value)[] settings) =>
        SchedulerServices.Create(settings).BuildServiceProvider().GetRequiredService<IOptions<SchedulerOptions>>().Value;

    [Fact]
    public void Defaults_name_the_timers_queue_and_the_schedules_table_and_hop_inside_the_seven_day_limit()
    {
        var options = Resolve();
        Assert.Equal(("timers", "Schedules"), (options.QueueName, options.TableName));
        Assert.InRange(options.MaxHop, TimeSpan.FromDays(6), TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.True(options.RunningLease > TimeSpan.Zero);
        Assert.Equal(5, options.MaxAttempts);
    }

    [Fact]
    public void Settings_come_from_the_scheduler_section()
    {
        var options = Resolve(("Scheduler:QueueName", "timers-eu"), ("Scheduler:SweepGrace", "00:01:00"), ("Scheduler:RunningLease", "00:02:00"));
        Assert.Equal(("timers-eu", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2)), (options.QueueName, options.SweepGrace, options.RunningLease));
    }

    [Theory]
    [InlineData("Scheduler:MaxHop", "8.00:00:00", "MaxHop")]
    [InlineData("Scheduler:QueueName", "Timers_Queue", "Scheduler:QueueName")]
    [InlineData("Scheduler:TableName", "9schedules", "Scheduler:TableName")]
    [InlineData("Scheduler:RunningLease", "00:00:00", "RunningLease")]
    [InlineData("Scheduler:SweepMaxItems", "0", "SweepMaxItems")]
    public void A_bad_setting_fails_naming_its_key(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve((key, value)));
        Assert.Contains(named, error.Message);
    }
}
