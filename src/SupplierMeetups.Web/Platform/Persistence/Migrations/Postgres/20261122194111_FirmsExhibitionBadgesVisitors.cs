using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FirmsExhibitionBadgesVisitors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "badges");

            migrationBuilder.EnsureSchema(
                name: "exhibition");

            migrationBuilder.AddColumn<string>(
                name: "BoothRequest",
                schema: "registration",
                table: "Participations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                schema: "registration",
                table: "Participations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SubmissionToken",
                schema: "registration",
                table: "Participations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Attachments",
                schema: "platform",
                table: "OutgoingEmails",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                schema: "platform",
                table: "OutgoingEmails",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<List<string>>(
                name: "Sectors",
                schema: "registration",
                table: "Firms",
                type: "text[]",
                nullable: false);

            migrationBuilder.CreateTable(
                name: "Badges",
                schema: "badges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organization = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Booth = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    HolderKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HolderId = table.Column<Guid>(type: "uuid", nullable: false),
                    HolderUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Badges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BoothProposals",
                schema: "exhibition",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    ResultJson = table.Column<string>(type: "text", maxLength: 2147483647, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoothProposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BoothRequests",
                schema: "exhibition",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirmId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaSquareMetres = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    PreferredHall = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NearFirmIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    CompetitorFirmIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoothRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Booths",
                schema: "exhibition",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    X = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Y = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Width = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Depth = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Restriction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Booths", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ConsentTextId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AnonymizedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsentTexts",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentTexts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExhibitionSettings",
                schema: "exhibition",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    AllowSeveralBoothsPerFirm = table.Column<bool>(type: "boolean", nullable: false),
                    HoldHours = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExhibitionSettings", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "People",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirmId = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Email = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Phone = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PeopleLimits",
                schema: "registration",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Exhibitor = table.Column<int>(type: "integer", nullable: false),
                    Supplier = table.Column<int>(type: "integer", nullable: false),
                    Prime = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeopleLimits", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "Visitors",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    NormalizedEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    IdentityKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ProtectedIdentityNumber = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BadgeStatus = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ErasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visitors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VisitorSettings",
                schema: "registration",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequireIdentityNumber = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitorSettings", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "BoothAssignments",
                schema: "exhibition",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    BoothId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirmId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HeldUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoothAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoothAssignments_Booths_BoothId",
                        column: x => x.BoothId,
                        principalSchema: "exhibition",
                        principalTable: "Booths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Participations_SubmissionToken",
                schema: "registration",
                table: "Participations",
                column: "SubmissionToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Badges_EventId_HolderKind_HolderId",
                schema: "badges",
                table: "Badges",
                columns: new[] { "EventId", "HolderKind", "HolderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Badges_HolderUserId",
                schema: "badges",
                table: "Badges",
                column: "HolderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_BoothAssignments_BoothId",
                schema: "exhibition",
                table: "BoothAssignments",
                column: "BoothId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoothAssignments_EventId_FirmId",
                schema: "exhibition",
                table: "BoothAssignments",
                columns: new[] { "EventId", "FirmId" });

            migrationBuilder.CreateIndex(
                name: "IX_BoothProposals_EventId",
                schema: "exhibition",
                table: "BoothProposals",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_BoothRequests_EventId_FirmId",
                schema: "exhibition",
                table: "BoothRequests",
                columns: new[] { "EventId", "FirmId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Booths_EventId_Code",
                schema: "exhibition",
                table: "Booths",
                columns: new[] { "EventId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_EventId",
                schema: "registration",
                table: "ConsentRecords",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_PersonKind_PersonId",
                schema: "registration",
                table: "ConsentRecords",
                columns: new[] { "PersonKind", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentTexts_EventId_Language_Version",
                schema: "registration",
                table: "ConsentTexts",
                columns: new[] { "EventId", "Language", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_FirmId",
                schema: "registration",
                table: "People",
                column: "FirmId");

            migrationBuilder.CreateIndex(
                name: "IX_People_ParticipationId",
                schema: "registration",
                table: "People",
                column: "ParticipationId");

            migrationBuilder.CreateIndex(
                name: "IX_Visitors_EventId_NormalizedEmail",
                schema: "registration",
                table: "Visitors",
                columns: new[] { "EventId", "NormalizedEmail" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Badges",
                schema: "badges");

            migrationBuilder.DropTable(
                name: "BoothAssignments",
                schema: "exhibition");

            migrationBuilder.DropTable(
                name: "BoothProposals",
                schema: "exhibition");

            migrationBuilder.DropTable(
                name: "BoothRequests",
                schema: "exhibition");

            migrationBuilder.DropTable(
                name: "ConsentRecords",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "ConsentTexts",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "ExhibitionSettings",
                schema: "exhibition");

            migrationBuilder.DropTable(
                name: "People",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "PeopleLimits",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "Visitors",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "VisitorSettings",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "Booths",
                schema: "exhibition");

            migrationBuilder.DropIndex(
                name: "IX_Participations_SubmissionToken",
                schema: "registration",
                table: "Participations");

            migrationBuilder.DropColumn(
                name: "BoothRequest",
                schema: "registration",
                table: "Participations");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                schema: "registration",
                table: "Participations");

            migrationBuilder.DropColumn(
                name: "SubmissionToken",
                schema: "registration",
                table: "Participations");

            migrationBuilder.DropColumn(
                name: "Attachments",
                schema: "platform",
                table: "OutgoingEmails");

            migrationBuilder.DropColumn(
                name: "Language",
                schema: "platform",
                table: "OutgoingEmails");

            migrationBuilder.DropColumn(
                name: "Sectors",
                schema: "registration",
                table: "Firms");
        }
    }
}
