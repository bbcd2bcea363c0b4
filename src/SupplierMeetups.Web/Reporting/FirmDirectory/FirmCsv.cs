using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Reporting.FirmDirectory;

/// <summary>
/// The directory as CSV for Excel: UTF-8 with a byte order mark (else Excel shows "Ä°" for "İ") and semicolons,
/// the list separator of Turkish Excel, where the comma is the decimal sign. Everything a reader reads is in their
/// language (capabilities and countries by name, participation types and statuses by their display names); the
/// capability codes follow in a last column of their own, for programs.
/// </summary>
public static class FirmCsv
{
    public const char Separator = ';';

    public static byte[] Write(IEnumerable<DirectoryFirm> rows, DateOnly validOn, Func<string, string> capabilityName, IStringLocalizer<SharedResource> l)
    {
        var csv = new StringBuilder();
        Line(csv, [l["Short name"], l["Legal name"], l["Tax number"], l["City"], l["Country"], l["Participation type"], l["Status"],
            l["Employees"], l["Capabilities"], l["MSB approved"], l["YETEN"], l["EYDEP level"], l["NCAGE code"], l["Valid certificates"], l["Website"], l["Capability codes"]]);
        foreach (var f in rows)
        {
            var q = f.Qualifications;
            Line(csv, [f.ShortName, f.LegalName, f.TaxNumber ?? "", f.City, Countries.Name(f.Country), ParticipationNames.Type(f.Type, l), ParticipationNames.Status(f.Status, l),
                f.Employees.ToString(CultureInfo.InvariantCulture), string.Join(", ", f.Capabilities.Select(capabilityName)),
                QualificationCheck.MsbValid(q, validOn) ? l["Yes"] : l["No"], q.YetenRegistered ? l["Yes"] : l["No"],
                q.EydepAssessed ? (q.EydepLevel?.ToString(CultureInfo.InvariantCulture) ?? l["Yes"]) : "", q.NcageCode ?? "",
                string.Join(", ", QualificationCheck.ValidCertificateKinds(q, validOn)), f.Website ?? "", string.Join(", ", f.Capabilities)]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(Separator, fields.Select(Escape));
        csv.Append("\r\n");
    }

    public static string Escape(string field)
    {
        // A cell starting with = + - @ would run as a formula when the file is opened.
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@')
        {
            field = "'" + field;
        }
        return field.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
