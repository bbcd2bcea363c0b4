using System.Globalization;
using System.Text;

namespace SupplierMeetups.UnitTests.Support;

/// <summary>Reads binary PGM (P5, 8-bit), the simplest raster pdftoppm writes, without an imaging library.</summary>
internal static class NetPbm
{
    public static byte[,] ReadGreymap(byte[] file)
    {
        var position = 0;
        var fields = new string[4];
        for (var i = 0; i < fields.Length; i++) fields[i] = NextToken(file, ref position);
        if (fields[0] != "P5" || fields[3] != "255") throw new FormatException($"Not an 8-bit binary PGM: {string.Join(' ', fields)}");
        var width = int.Parse(fields[1], CultureInfo.InvariantCulture);
        var height = int.Parse(fields[2], CultureInfo.InvariantCulture);
        position++; // the single whitespace after the header
        var pixels = new byte[height, width];
        for (var row = 0; row < height; row++)
            for (var column = 0; column < width; column++)
                pixels[row, column] = file[position + row * width + column];
        return pixels;
    }

    private static string NextToken(byte[] file, ref int position)
    {
        while (char.IsWhiteSpace((char)file[position]) || file[position] == '#')
        {
            if (file[position] == '#') while (file[position] != '\n') position++;
            position++;
        }
        var start = position;
        while (!char.IsWhiteSpace((char)file[position])) position++;
        return Encoding.ASCII.GetString(file, start, position - start);
    }
}
