using System.Security.Cryptography;
using System.Text;
using Factumerit.Email.Mail;

namespace Factumerit.Email.Tests.Mail;

public sealed class SenderHashTests
{
    [Fact]
    public void Is_twelve_lower_hex_characters()
    {
        var hash = SenderHash.Compute(EmailAddress.Parse("jane@example.com"));

        Assert.Matches("^[0-9a-f]{12}$", hash);
    }

    [Fact]
    public void Is_stable_across_case_display_name_and_plus_tags()
    {
        var expected = SenderHash.Compute("jane@example.com");

        Assert.Equal(expected, SenderHash.Compute("Jane Doe <JANE@Example.com>"));
        Assert.Equal(expected, SenderHash.Compute(EmailAddress.Parse("jane+newsletter@example.com")));
    }

    [Fact]
    public void Differs_between_senders()
    {
        Assert.NotEqual(SenderHash.Compute("jane@example.com"), SenderHash.Compute("john@example.com"));
    }

    [Fact]
    public void Uses_a_purpose_prefix_so_it_is_not_a_plain_sha256_of_the_address()
    {
        var plain = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("jane@example.com")))[..12];

        Assert.NotEqual(plain, SenderHash.Compute("jane@example.com"));
    }

    [Fact]
    public void Unparsable_sender_is_still_hashed_stably()
    {
        Assert.Equal(SenderHash.Compute("  MAILER garbage "), SenderHash.Compute("mailer garbage"));
        Assert.Matches("^[0-9a-f]{12}$", SenderHash.Compute("mailer garbage"));
    }
}
