using Factumerit.Email.Providers.Resend;

namespace Factumerit.Email.Tests.Providers.Resend;

public sealed class ResendTimestampConverterTests
{
    [Theory]
    [InlineData("2023-04-07 23:13:52.669661+00", "2023-04-07T23:13:52.6696610+00:00")]
    [InlineData("2023-04-07 23:13:52+00", "2023-04-07T23:13:52.0000000+00:00")]
    [InlineData("2023-04-07 23:13:52.5+02", "2023-04-07T21:13:52.5000000+00:00")]
    [InlineData("2024-02-22T23:41:11.894719+00:00", "2024-02-22T23:41:11.8947190+00:00")]
    [InlineData("2024-02-22T23:41:12.126Z", "2024-02-22T23:41:12.1260000+00:00")]
    [InlineData("2023-10-06T23:47:56.678Z", "2023-10-06T23:47:56.6780000+00:00")]
    public void Reads_both_formats_resend_writes(string text, string expectedUtc)
    {
        Assert.True(ResendTimestampConverter.TryParse(text, out var value));
        Assert.Equal(expectedUtc, value.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("04/07/2023")]
    [InlineData(null)]
    public void Refuses_what_is_not_a_resend_timestamp(string? text)
    {
        Assert.False(ResendTimestampConverter.TryParse(text, out _));
    }
}
