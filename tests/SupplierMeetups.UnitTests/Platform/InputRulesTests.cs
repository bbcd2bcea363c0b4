using System.ComponentModel.DataAnnotations;
using System.Reflection;
using SupplierMeetups.Web.Platform.Http.Input;

namespace SupplierMeetups.UnitTests.Platform;

public sealed class InputRulesTests
{
    [Theory]
    [InlineData("İŞBİR Elektrik", false, true)]
    [InlineData("a\tb", true, true)]
    [InlineData("a\r\nb", true, true)]
    [InlineData("a\r\nb", false, false)]
    [InlineData("a\nb", false, false)]
    [InlineData("a\tb", false, false)]
    [InlineData("a\0b", true, false)]
    [InlineData("a\u001bb", true, false)]
    [InlineData("a\u007fb", false, false)]
    public void IsAllowed_WhenTextHasControlCharacters_FollowsTheSingleAndMultiLineRules(string text, bool multiline, bool allowed) =>
        Assert.Equal(allowed, ControlCharacters.IsAllowed(text, multiline));

    /// <summary>A [Range(0, 1000)] (int limits) on a decimal converts the value to int: 2³¹ then throws instead of failing validation.</summary>
    [Fact]
    public void RangeAttributes_OnFractionalNumbers_HaveLimitsThatCannotOverflow()
    {
        var fractional = new[] { typeof(decimal), typeof(double), typeof(float) };
        var wrong = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => fractional.Contains(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .Where(p => p.GetCustomAttribute<RangeAttribute>() is { OperandType: var operand } && operand == typeof(int))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Empty(wrong);
    }
}
