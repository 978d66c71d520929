using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.Tests.Providers.Gmail;

public sealed class EncodedWordsTests
{
    [Theory]
    [InlineData("=?UTF-8?B?w6ljb2xl?=", "école")]
    [InlineData("=?iso-8859-1?Q?caf=E9_cr=E8me?=", "café crème")]
    [InlineData("=?utf-8?q?=F0=9F=93=85?= agenda", "📅 agenda")]
    [InlineData("Plain =?UTF-8?B?w6k=?= text", "Plain é text")]
    [InlineData("no words here", "no words here")]
    [InlineData("=?windows-1252?Q?=80uro?=", "€uro")]
    public void Decodes_b_and_q_words_in_any_charset(string encoded, string expected) =>
        Assert.Equal(expected, EncodedWords.Decode(encoded));

    [Fact]
    public void Whitespace_between_adjacent_words_is_dropped_and_split_characters_rejoin()
    {
        // "é" (C3 A9) split across two words, as some mailers do.
        Assert.Equal("aé", EncodedWords.Decode("=?UTF-8?Q?a=C3?=\r\n =?UTF-8?Q?=A9?="));
    }

    [Fact]
    public void Emoji_and_combining_characters_are_never_split_across_words()
    {
        var text = string.Concat(Enumerable.Repeat("👩‍💻é", 30));

        var encoded = EncodedWords.Encode(text, "Subject: ".Length);
        var words = encoded.Split("\r\n ");

        Assert.True(words.Length > 3);
        Assert.All(words, w => Assert.True(w.Length <= EncodedWords.MaxWordLength));
        Assert.All(words, w => Assert.DoesNotContain('\uFFFD', EncodedWords.Decode(w)));
        Assert.Equal(text, EncodedWords.Decode(encoded));
    }

    [Theory]
    [InlineData("Plain ascii", true)]
    [InlineData("Looks =?encoded?= already", false)]
    [InlineData("Tab\tinside", false)]
    [InlineData("naïve", false)]
    public void Only_printable_ascii_goes_unencoded(string value, bool plain) =>
        Assert.Equal(plain, EncodedWords.IsPlainAscii(value));
}
