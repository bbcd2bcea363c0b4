using QRCoder;
using SupplierMeetups.Web.Platform.Documents;
using Xunit;

namespace SupplierMeetups.UnitTests.Platform.Documents;

public sealed class QrCodeDrawingTests
{
    [Theory]
    [InlineData("D62PD8vZn0ahZXCGdyiVDrNX3jqYVqAvY6UsdtO07aA")]
    [InlineData("https://example.org/checkin?token=0123456789abcdefghijklmnopqrstuvwxyz")]
    public void Cover_Always_PaintsExactlyTheDarkModulesOnce(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var painted = new int[matrix.Count, matrix.Count];

        var rectangles = QrCodeDrawing.Cover(matrix);

        foreach (var (column, row, width, height) in rectangles)
            for (var y = row; y < row + height; y++)
                for (var x = column; x < column + width; x++)
                    painted[y, x]++;
        for (var y = 0; y < matrix.Count; y++)
            for (var x = 0; x < matrix.Count; x++)
                Assert.Equal(matrix[y][x] ? 1 : 0, painted[y, x]);
        Assert.True(rectangles.Count < CountRuns(matrix), "merging rows should need fewer rectangles than runs");
    }

    [Fact]
    public void Cover_Always_KeepsTheFourModuleQuietZoneEmpty()
    {
        using var data = QRCodeGenerator.GenerateQrCode("D62PD8vZn0ahZXCGdyiVDrNX3jqYVqAvY6UsdtO07aA", QRCodeGenerator.ECCLevel.M);
        var size = data.ModuleMatrix.Count;

        var rectangles = QrCodeDrawing.Cover(data.ModuleMatrix);

        Assert.All(rectangles, r =>
        {
            Assert.InRange(r.Column, 4, size - 5);
            Assert.InRange(r.Row, 4, size - 5);
            Assert.InRange(r.Column + r.Width, 5, size - 4);
            Assert.InRange(r.Row + r.Height, 5, size - 4);
        });
    }

    private static int CountRuns(IReadOnlyList<System.Collections.BitArray> matrix)
    {
        var runs = 0;
        foreach (System.Collections.BitArray row in matrix)
            for (var x = 0; x < row.Length; x++)
                if (row[x] && (x == 0 || !row[x - 1])) runs++;
        return runs;
    }
}
