using Factumerit.Email.Mail;

namespace Factumerit.Email.Tests.Mail;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("jane@example.com", "jane@example.com", null)]
    [InlineData("  Jane.Doe@Example.COM ", "jane.doe@example.com", null)]
    [InlineData("<jane@example.com>", "jane@example.com", null)]
    [InlineData("Jane Doe <Jane@Example.com>", "jane@example.com", "Jane Doe")]
    [InlineData("\"Doe, Jane\" <jane@example.com>", "jane@example.com", "Doe, Jane")]
    [InlineData("\"Jane \\\"JD\\\" Doe\" <jane@example.com>", "jane@example.com", "Jane \"JD\" Doe")]
    [InlineData("o'brien+news@mail.example.co.uk", "o'brien+news@mail.example.co.uk", null)]
    public void Parses_and_normalizes(string input, string address, string? displayName)
    {
        var parsed = EmailAddress.Parse(input);

        Assert.Equal(address, parsed.Address);
        Assert.Equal(displayName, parsed.DisplayName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("jane")]
    [InlineData("jane@")]
    [InlineData("@example.com")]
    [InlineData("jane@localhost")]
    [InlineData("jane@@example.com")]
    [InlineData("jane doe@example.com")]
    [InlineData(".jane@example.com")]
    [InlineData("jane.@example.com")]
    [InlineData("ja..ne@example.com")]
    [InlineData("jane@-example.com")]
    [InlineData("jane@example..com")]
    [InlineData("jane@example.123")]
    [InlineData("jane@[127.0.0.1]")]
    [InlineData("\"jane doe\"@example.com")]
    [InlineData("Jane <jane@example.com> trailing")]
    [InlineData("Jane <jane@example.com")]
    public void Rejects_invalid_addresses(string input)
    {
        Assert.False(EmailAddress.TryParse(input, out _));
        Assert.Throws<FormatException>(() => EmailAddress.Parse(input));
    }

    [Fact]
    public void Rejects_overlong_local_part()
    {
        Assert.False(EmailAddress.IsValid(new string('a', 65) + "@example.com"));
        Assert.True(EmailAddress.IsValid(new string('a', 64) + "@example.com"));
    }

    [Fact]
    public void Splits_local_part_domain_and_plus_tag()
    {
        var address = EmailAddress.Parse("Support+Ticket-42@Factumerit.app");

        Assert.Equal("support+ticket-42", address.LocalPart);
        Assert.Equal("support", address.BaseLocalPart);
        Assert.Equal("ticket-42", address.Tag);
        Assert.Equal("factumerit.app", address.Domain);
        Assert.Equal("support@factumerit.app", address.WithoutTag().Address);
    }

    [Theory]
    [InlineData("support@factumerit.app", "support", null)]
    [InlineData("support+@factumerit.app", "support", null)]
    [InlineData("+fan@factumerit.app", "+fan", null)]
    [InlineData("a+b+c@factumerit.app", "a", "b+c")]
    public void Plus_tag_edge_cases(string input, string baseLocal, string? tag)
    {
        var address = EmailAddress.Parse(input);

        Assert.Equal(baseLocal, address.BaseLocalPart);
        Assert.Equal(tag, address.Tag);
    }

    [Fact]
    public void Unicode_domain_is_converted_to_punycode()
    {
        Assert.Equal("info@xn--bcher-kva.example", EmailAddress.Parse("info@Bücher.example").Address);
    }

    [Fact]
    public void Equality_ignores_display_name_and_case()
    {
        var a = EmailAddress.Parse("Jane <JANE@example.com>");
        var b = EmailAddress.Parse("jane@example.com");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, EmailAddress.Parse("jane+x@example.com"));
    }

    [Fact]
    public void Display_string_quotes_the_name()
    {
        Assert.Equal("\"Doe, Jane\" <jane@example.com>", EmailAddress.Parse("\"Doe, Jane\" <jane@example.com>").ToDisplayString());
        Assert.Equal("jane@example.com", EmailAddress.Parse("jane@example.com").ToDisplayString());
        Assert.Equal("jane@example.com", EmailAddress.Parse("Jane <jane@example.com>").ToString());
    }

    [Fact]
    public void Parses_address_list_headers_skipping_garbage()
    {
        var list = EmailAddress.ParseList("\"Doe, Jane\" <jane@example.com>, support@factumerit.app; not an address, Bob <BOB@example.org>");

        Assert.Equal(["jane@example.com", "support@factumerit.app", "bob@example.org"], list.Select(a => a.Address));
    }

    [Fact]
    public void Empty_list_header_gives_no_addresses()
    {
        Assert.Empty(EmailAddress.ParseList(null));
        Assert.Empty(EmailAddress.ParseList("undisclosed-recipients:;"));
    }
}
