using System.Buffers.Binary;

namespace SupplierMeetups.Web.Registration.FirmLogo;

/// <summary>
/// Checks that a whole upload is the image its first bytes claim: a PNG's chunks (with their CRCs) from IHDR to IEND
/// and nothing after, a JPEG's segments from SOI to EOI. A signature glued to markup or a script is not an image.
/// </summary>
public static class ImageStructure
{
    public static bool IsWellFormed(ReadOnlySpan<byte> bytes, ImageFormat format) => format switch
    {
        ImageFormat.Png => IsPng(bytes),
        ImageFormat.Jpeg => IsJpeg(bytes),
        _ => false,
    };

    private static bool IsPng(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (!bytes.StartsWith(signature))
        {
            return false;
        }
        var at = signature.Length;
        var first = true;
        var sawData = false;
        while (at + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);
            if (length > int.MaxValue || at + 12 + (long)length > bytes.Length)
            {
                return false;
            }
            var typeAndData = bytes.Slice(at + 4, 4 + (int)length);
            var type = typeAndData[..4];
            foreach (var c in type)
            {
                if (!char.IsAsciiLetter((char)c))
                {
                    return false;
                }
            }
            if (BinaryPrimitives.ReadUInt32BigEndian(bytes[(at + 8 + (int)length)..]) != Crc32.Of(typeAndData))
            {
                return false;
            }
            if (first && (!type.SequenceEqual("IHDR"u8) || length != 13))
            {
                return false;
            }
            first = false;
            sawData |= type.SequenceEqual("IDAT"u8);
            at += 12 + (int)length;
            if (type.SequenceEqual("IEND"u8))
            {
                return sawData && length == 0 && at == bytes.Length;
            }
        }
        return false;
    }

    private static bool IsJpeg(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            return false;
        }
        var at = 2;
        var sawFrame = false;
        while (at < bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                return false;
            }
            while (at < bytes.Length && bytes[at] == 0xFF)
            {
                at++; // fill bytes
            }
            if (at >= bytes.Length)
            {
                return false;
            }
            var marker = bytes[at++];
            if (marker == 0xD9)
            {
                return sawFrame && at == bytes.Length;
            }
            if (marker is 0x01 or >= 0xD0 and <= 0xD7)
            {
                continue; // markers without a length
            }
            if (marker is 0x00 or 0xD8 || at + 2 > bytes.Length)
            {
                return false;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[at..]);
            if (length < 2 || at + length > bytes.Length)
            {
                return false;
            }
            sawFrame |= marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
            at += length;
            if (marker == 0xDA)
            {
                if (!sawFrame)
                {
                    return false;
                }
                at = AfterScan(bytes, at);
            }
        }
        return false;
    }

    /// <summary>Entropy-coded data runs until a marker: 0xFF followed by neither a stuffed 0x00 nor a restart marker.</summary>
    private static int AfterScan(ReadOnlySpan<byte> bytes, int at)
    {
        while (at + 1 < bytes.Length)
        {
            if (bytes[at] == 0xFF && bytes[at + 1] is not 0x00 and not (>= 0xD0 and <= 0xD7) and not 0xFF)
            {
                return at;
            }
            at++;
        }
        return bytes.Length;
    }

    private static class Crc32
    {
        private static readonly uint[] Table = Build();

        public static uint Of(ReadOnlySpan<byte> data)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in data)
            {
                crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }
            return crc ^ 0xFFFFFFFFu;
        }

        private static uint[] Build()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                var c = n;
                for (var k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }
                table[n] = c;
            }
            return table;
        }
    }
}
