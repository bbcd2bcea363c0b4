using System.Text;
using SupplierMeetups.Web.Registration.FirmLogo;

namespace SupplierMeetups.UnitTests.Registration;

public sealed class ImageSignatureTests
{
    private static readonly byte[] PngHead = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
    private static readonly byte[] JpegHead = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];

    [Fact]
    public void Detect_WhenPngSignature_IsPng() => Assert.Equal(ImageFormat.Png, ImageSignature.Detect(PngHead));

    [Fact]
    public void Detect_WhenJpegSignature_IsJpeg() => Assert.Equal(ImageFormat.Jpeg, ImageSignature.Detect(JpegHead));

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<SVG width=\"10\"></SVG>")]
    [InlineData("\uFEFF  <svg/>")]
    public void Detect_WhenSvgMarkup_IsSvg(string markup) =>
        Assert.Equal(ImageFormat.Svg, ImageSignature.Detect(Encoding.UTF8.GetBytes(markup)));

    [Fact]
    public void Detect_WhenPngSignatureIsOnlyPartial_IsUnknown() => Assert.Equal(ImageFormat.Unknown, ImageSignature.Detect(PngHead.AsSpan(0, 7)));

    [Fact]
    public void Detect_WhenJpegMissesItsThirdByte_IsUnknown() => Assert.Equal(ImageFormat.Unknown, ImageSignature.Detect(new byte[] { 0xFF, 0xD8, 0x00, 0x00 }));

    [Theory]
    [InlineData("%PDF-1.7")]
    [InlineData("GIF89a")]
    [InlineData("just text named logo.png")]
    [InlineData("")]
    public void Detect_WhenAnotherFormat_IsUnknown(string content) =>
        Assert.Equal(ImageFormat.Unknown, ImageSignature.Detect(Encoding.ASCII.GetBytes(content)));

    [Fact]
    public void Detect_WhenPngBytesComeAfterText_IsUnknown() =>
        Assert.Equal(ImageFormat.Unknown, ImageSignature.Detect([.. "x"u8.ToArray(), .. PngHead]));
}
