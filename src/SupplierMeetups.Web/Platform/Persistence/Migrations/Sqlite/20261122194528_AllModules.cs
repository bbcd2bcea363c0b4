using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AllModules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BoothRequest",
                table: "registration_Participations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewedAt",
                table: "registration_Participations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SubmissionToken",
                table: "registration_Participations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sectors",
                table: "registration_Firms",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Attachments",
                table: "platform_OutgoingEmails",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "platform_OutgoingEmails",
                type: "TEXT",
                maxLength: 5,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "badges_Badges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Booth = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    HolderKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HolderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HolderUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_badges_Badges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_BoothProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_BoothProposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_BoothRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaSquareMetres = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PreferredHall = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NearFirmIds = table.Column<string>(type: "TEXT", nullable: false),
                    CompetitorFirmIds = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_BoothRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_Booths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    X = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Y = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Width = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Depth = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Restriction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_Booths", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_ExhibitionSettings",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AllowSeveralBoothsPerFirm = table.Column<bool>(type: "INTEGER", nullable: false),
                    HoldHours = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_ExhibitionSettings", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_Availabilities",
                columns: table => new
                {
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnavailableSlots = table.Column<string>(type: "TEXT", nullable: false),
                    DesksAtOnce = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Availabilities", x => x.ParticipationId);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_MeetingRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrimeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PreferredSlot = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Slot = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Table = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UnscheduledReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedSlot = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PublishedTable = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_MeetingRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_Needs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrimeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TitleTr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DescriptionTr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Capabilities = table.Column<string>(type: "TEXT", nullable: false),
                    Qualifications = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Needs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_Outcomes",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Held = table.Column<bool>(type: "INTEGER", nullable: false),
                    Nda = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestForQuotation = table.Column<bool>(type: "INTEGER", nullable: false),
                    SiteVisit = table.Column<bool>(type: "INTEGER", nullable: false),
                    PortalRegistration = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Outcomes", x => new { x.RequestId, x.ParticipationId });
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_PrimeDesks",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TableCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PrimeId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_PrimeDesks", x => new { x.EventId, x.TableCode });
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_Schedules",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DraftedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    Gaps = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Schedules", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_Settings",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestDeadline = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiryHours = table.Column<int>(type: "INTEGER", nullable: false),
                    QuotaPerParticipant = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Settings", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "registration_ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ConsentTextId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AnonymizedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_ConsentRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_ConsentTexts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_ConsentTexts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_PeopleLimits",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Exhibitor = table.Column<int>(type: "INTEGER", nullable: false),
                    Supplier = table.Column<int>(type: "INTEGER", nullable: false),
                    Prime = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_PeopleLimits", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "registration_Visitors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    IdentityKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ProtectedIdentityNumber = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BadgeStatus = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_Visitors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_VisitorSettings",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequireIdentityNumber = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_VisitorSettings", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_BoothAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoothId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HeldUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_BoothAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exhibition_BoothAssignments_exhibition_Booths_BoothId",
                        column: x => x.BoothId,
                        principalTable: "exhibition_Booths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registration_Participations_SubmissionToken",
                table: "registration_Participations",
                column: "SubmissionToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_badges_Badges_EventId_HolderKind_HolderId",
                table: "badges_Badges",
                columns: new[] { "EventId", "HolderKind", "HolderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_badges_Badges_HolderUserId",
                table: "badges_Badges",
                column: "HolderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_BoothAssignments_BoothId",
                table: "exhibition_BoothAssignments",
                column: "BoothId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_BoothAssignments_EventId_FirmId",
                table: "exhibition_BoothAssignments",
                columns: new[] { "EventId", "FirmId" });

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_BoothProposals_EventId",
                table: "exhibition_BoothProposals",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_BoothRequests_EventId_FirmId",
                table: "exhibition_BoothRequests",
                columns: new[] { "EventId", "FirmId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_Booths_EventId_Code",
                table: "exhibition_Booths",
                columns: new[] { "EventId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_Availabilities_EventId",
                table: "matchmaking_Availabilities",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_MeetingRequests_EventId_PrimeId",
                table: "matchmaking_MeetingRequests",
                columns: new[] { "EventId", "PrimeId" });

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_MeetingRequests_EventId_Status",
                table: "matchmaking_MeetingRequests",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_MeetingRequests_EventId_SupplierId",
                table: "matchmaking_MeetingRequests",
                columns: new[] { "EventId", "SupplierId" });

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_Needs_EventId_PrimeId",
                table: "matchmaking_Needs",
                columns: new[] { "EventId", "PrimeId" });

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_Outcomes_EventId",
                table: "matchmaking_Outcomes",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_PrimeDesks_PrimeId",
                table: "matchmaking_PrimeDesks",
                column: "PrimeId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_ConsentRecords_EventId",
                table: "registration_ConsentRecords",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_ConsentRecords_PersonKind_PersonId",
                table: "registration_ConsentRecords",
                columns: new[] { "PersonKind", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_registration_ConsentTexts_EventId_Language_Version",
                table: "registration_ConsentTexts",
                columns: new[] { "EventId", "Language", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_People_FirmId",
                table: "registration_People",
                column: "FirmId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_People_ParticipationId",
                table: "registration_People",
                column: "ParticipationId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_Visitors_EventId_NormalizedEmail",
                table: "registration_Visitors",
                columns: new[] { "EventId", "NormalizedEmail" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "badges_Badges");

            migrationBuilder.DropTable(
                name: "exhibition_BoothAssignments");

            migrationBuilder.DropTable(
                name: "exhibition_BoothProposals");

            migrationBuilder.DropTable(
                name: "exhibition_BoothRequests");

            migrationBuilder.DropTable(
                name: "exhibition_ExhibitionSettings");

            migrationBuilder.DropTable(
                name: "matchmaking_Availabilities");

            migrationBuilder.DropTable(
                name: "matchmaking_MeetingRequests");

            migrationBuilder.DropTable(
                name: "matchmaking_Needs");

            migrationBuilder.DropTable(
                name: "matchmaking_Outcomes");

            migrationBuilder.DropTable(
                name: "matchmaking_PrimeDesks");

            migrationBuilder.DropTable(
                name: "matchmaking_Schedules");

            migrationBuilder.DropTable(
                name: "matchmaking_Settings");

            migrationBuilder.DropTable(
                name: "registration_ConsentRecords");

            migrationBuilder.DropTable(
                name: "registration_ConsentTexts");

            migrationBuilder.DropTable(
                name: "registration_People");

            migrationBuilder.DropTable(
                name: "registration_PeopleLimits");

            migrationBuilder.DropTable(
                name: "registration_Visitors");

            migrationBuilder.DropTable(
                name: "registration_VisitorSettings");

            migrationBuilder.DropTable(
                name: "exhibition_Booths");

            migrationBuilder.DropIndex(
                name: "IX_registration_Participations_SubmissionToken",
                table: "registration_Participations");

            migrationBuilder.DropColumn(
                name: "BoothRequest",
                table: "registration_Participations");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "registration_Participations");

            migrationBuilder.DropColumn(
                name: "SubmissionToken",
                table: "registration_Participations");

            migrationBuilder.DropColumn(
                name: "Sectors",
                table: "registration_Firms");

            migrationBuilder.DropColumn(
                name: "Attachments",
                table: "platform_OutgoingEmails");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "platform_OutgoingEmails");
        }
    }
}
