using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Badges;
using Xunit;

namespace SupplierMeetups.UnitTests.Badges;

public sealed class BadgeTokensTests
{
    private static readonly Guid BadgeId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private readonly BadgeTokens tokens = BadgeBuilders.TokensWithKey(seed: 7);

    [Fact]
    public void TryVerify_WhenIssuedWithTheSameKey_ReturnsTheBadgeId()
    {
        var token = tokens.Issue(BadgeId);

        Assert.True(tokens.TryVerify(token, out var badgeId));
        Assert.Equal(BadgeId, badgeId);
    }

    [Fact]
    public void Issue_Always_GivesA43CharacterBase64UrlToken()
    {
        var token = tokens.Issue(BadgeId);

        Assert.Equal(43, token.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
    }

    [Fact]
    public void Issue_WhenBadgesDiffer_GivesUnrelatedTokens()
    {
        var first = tokens.Issue(BadgeId);
        var second = tokens.Issue(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950f"));

        Assert.NotEqual(first[22..], second[22..]);
    }

    [Fact]
    public void TryVerify_WhenAnyOneCharacterIsChanged_Refuses()
    {
        var token = tokens.Issue(BadgeId);

        for (var i = 0; i < token.Length; i++)
        {
            var tampered = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.False(tokens.TryVerify(tampered, out var badgeId), $"a token changed at position {i} was accepted");
            Assert.Equal(Guid.Empty, badgeId);
        }
    }

    [Fact]
    public void TryVerify_WhenSignedWithAnotherKey_Refuses()
    {
        var foreign = BadgeBuilders.TokensWithKey(seed: 8).Issue(BadgeId);

        Assert.False(tokens.TryVerify(foreign, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("D62PD8vZn0ahZXCGdyiVDrNX3jqYVqAvY6UsdtO07a")]
    [InlineData("D62PD8vZn0ahZXCGdyiVDrNX3jqYVqAvY6UsdtO07aAA")]
    [InlineData("D62PD8vZn0ahZXCGdyiVDrNX3jqYVqAvY6UsdtO07a=")]
    [InlineData("D62PD8vZn0ahZXCGdyiVDrNX3jqYVqAvY6UsdtO07a+")]
    public void TryVerify_WhenMalformed_Refuses(string? token)
    {
        Assert.False(tokens.TryVerify(token, out _));
    }

    [Fact]
    public void TryVerify_WhenIdIsSwappedIntoAnotherToken_Refuses()
    {
        var first = tokens.Issue(BadgeId);
        var second = tokens.Issue(Guid.NewGuid());

        Assert.False(tokens.TryVerify(second[..21] + first[21..], out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg==")]
    public void Validate_WhenKeyIsMissingOrShorterThan32Bytes_Fails(string key)
    {
        var result = new BadgeTokenOptionsValidator().Validate(null, new BadgeTokenOptions { TokenKey = key });

        Assert.True(result.Failed);
        Assert.Contains("Badges:TokenKey", result.FailureMessage);
    }

    [Fact]
    public void Validate_WhenKeyHas32Bytes_Succeeds()
    {
        var result = new BadgeTokenOptionsValidator().Validate(null, new BadgeTokenOptions { TokenKey = BadgeBuilders.Key(3) });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Constructor_WhenKeyIsTooShort_Throws()
    {
        var options = Options.Create(new BadgeTokenOptions { TokenKey = BadgeBuilders.Key(3, length: 31) });

        Assert.Throws<OptionsValidationException>(() => new BadgeTokens(options));
    }
}
