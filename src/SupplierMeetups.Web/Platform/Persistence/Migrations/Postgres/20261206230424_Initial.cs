using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "matchmaking");

            migrationBuilder.EnsureSchema(
                name: "integrations");

            migrationBuilder.EnsureSchema(
                name: "identity");

            migrationBuilder.EnsureSchema(
                name: "platform");

            migrationBuilder.EnsureSchema(
                name: "badges");

            migrationBuilder.EnsureSchema(
                name: "exhibition");

            migrationBuilder.EnsureSchema(
                name: "registration");

            migrationBuilder.EnsureSchema(
                name: "events");

            migrationBuilder.EnsureSchema(
                name: "checkin");

            migrationBuilder.CreateTable(
                name: "AgendaReminders",
                schema: "matchmaking",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                schema: "integrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LookupId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Scopes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PreferredLanguage = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    SecurityStamp = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PhoneNumber = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ActorEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TargetType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TargetId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: true),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Availabilities",
                schema: "matchmaking",
                columns: table => new
                {
                    ParticipationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnavailableSlots = table.Column<List<string>>(type: "text[]", nullable: false),
                    DesksAtOnce = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Availabilities", x => x.ParticipationId);
                });

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
                name: "Capabilities",
                schema: "registration",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NameTr = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Capabilities", x => x.Code);
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
                name: "DataProtectionKeys",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Xml = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NameTr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DescriptionTr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Venue = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    City = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
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
                name: "Firms",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LegalName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    TaxNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    City = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Address = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Website = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Employees = table.Column<int>(type: "integer", nullable: false),
                    FoundedYear = table.Column<int>(type: "integer", nullable: true),
                    ExportSharePercent = table.Column<int>(type: "integer", nullable: true),
                    ExportMarkets = table.Column<List<string>>(type: "text[]", nullable: false),
                    PartnershipsAbroad = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Sectors = table.Column<List<string>>(type: "text[]", nullable: false),
                    Capabilities = table.Column<List<string>>(type: "text[]", nullable: false),
                    LogoFileName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SearchText = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: false),
                    Qualifications = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Firms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Gates",
                schema: "checkin",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntegrationEvents",
                schema: "integrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Payload = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BusPublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BusNextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BusClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BusAttempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrationEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KioskPrints",
                schema: "checkin",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    BadgeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Nonce = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PrintedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    KioskUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    KioskName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KioskPrints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KioskSettings",
                schema: "checkin",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Paper = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ReprintLimit = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KioskSettings", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "Leads",
                schema: "checkin",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitorId = table.Column<Guid>(type: "uuid", nullable: false),
                    BadgeId = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CapturedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CapturedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    NoteChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeetingArrivals",
                schema: "checkin",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    BadgeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ArrivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ScannedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingArrivals", x => new { x.MeetingId, x.ParticipationId });
                });

            migrationBuilder.CreateTable(
                name: "MeetingNoShows",
                schema: "checkin",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrimeMissing = table.Column<bool>(type: "boolean", nullable: false),
                    SupplierMissing = table.Column<bool>(type: "boolean", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingNoShows", x => x.MeetingId);
                });

            migrationBuilder.CreateTable(
                name: "MeetingRequests",
                schema: "matchmaking",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrimeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplierId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PreferredSlot = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DeclineReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpiryNotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Slot = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Table = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    UnscheduledReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PublishedSlot = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    PublishedTable = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Needs",
                schema: "matchmaking",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrimeId = table.Column<Guid>(type: "uuid", nullable: false),
                    TitleTr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DescriptionTr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Capabilities = table.Column<List<string>>(type: "text[]", nullable: false),
                    Qualifications = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Needs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outcomes",
                schema: "matchmaking",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Held = table.Column<bool>(type: "boolean", nullable: false),
                    Nda = table.Column<bool>(type: "boolean", nullable: false),
                    RequestForQuotation = table.Column<bool>(type: "boolean", nullable: false),
                    SiteVisit = table.Column<bool>(type: "boolean", nullable: false),
                    PortalRegistration = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outcomes", x => new { x.RequestId, x.ParticipationId });
                });

            migrationBuilder.CreateTable(
                name: "OutgoingEmails",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ToAddress = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ToName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    TextBody = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    HtmlBody = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attachments = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingEmails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Participations",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirmId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RejectionReason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ContactUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BoothRequest = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SubmissionToken = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participations", x => x.Id);
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
                name: "Presences",
                schema: "checkin",
                columns: table => new
                {
                    BadgeId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    BadgeType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Inside = table.Column<bool>(type: "boolean", nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false),
                    FirstAdmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastEntryAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastEntryGateId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastEntryStaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastExitAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Presences", x => x.BadgeId);
                });

            migrationBuilder.CreateTable(
                name: "PrimeDesks",
                schema: "matchmaking",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    TableCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PrimeId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrimeDesks", x => new { x.EventId, x.TableCode });
                });

            migrationBuilder.CreateTable(
                name: "RefreshToken",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefreshToken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scans",
                schema: "checkin",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nonce = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Direction = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BadgeId = table.Column<Guid>(type: "uuid", nullable: true),
                    BadgeType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Sample = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    ScannedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StaffUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Offline = table.Column<bool>(type: "boolean", nullable: false),
                    Conflict = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Schedules",
                schema: "matchmaking",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Weight = table.Column<int>(type: "integer", nullable: false),
                    Gaps = table.Column<int>(type: "integer", nullable: false),
                    UpperBound = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schedules", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                schema: "matchmaking",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestDeadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpiryHours = table.Column<int>(type: "integer", nullable: false),
                    QuotaPerParticipant = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.EventId);
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
                    Country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ShareContact = table.Column<bool>(type: "boolean", nullable: false),
                    KioskCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    WalkIn = table.Column<bool>(type: "boolean", nullable: false),
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
                name: "WebhookDeliveries",
                schema: "integrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IntegrationEventId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastStatusCode = table.Column<int>(type: "integer", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Replays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WebhookSubscriptions",
                schema: "integrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EventTypes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RemovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookSubscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ClaimValue = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalSchema: "identity",
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ClaimValue = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalSchema: "identity",
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                schema: "identity",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ProviderKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalSchema: "identity",
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                schema: "identity",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalSchema: "identity",
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalSchema: "identity",
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                schema: "identity",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Value = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalSchema: "identity",
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "Halls",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    AreaSquareMetres = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Halls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Halls_Events_EventId",
                        column: x => x.EventId,
                        principalSchema: "events",
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingDays",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    SlotMinutes = table.Column<int>(type: "integer", nullable: false),
                    Breaks = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingDays_Events_EventId",
                        column: x => x.EventId,
                        principalSchema: "events",
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingTables",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HallName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingTables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingTables_Events_EventId",
                        column: x => x.EventId,
                        principalSchema: "events",
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaReminders_EventId_Day_ParticipationId",
                schema: "matchmaking",
                table: "AgendaReminders",
                columns: new[] { "EventId", "Day", "ParticipationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_EventId_Name",
                schema: "integrations",
                table: "ApiKeys",
                columns: new[] { "EventId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_LookupId",
                schema: "integrations",
                table: "ApiKeys",
                column: "LookupId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                schema: "identity",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                schema: "identity",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                schema: "identity",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                schema: "identity",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                schema: "identity",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                schema: "identity",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                schema: "identity",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_At",
                schema: "platform",
                table: "AuditEntries",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                schema: "platform",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EventId_At",
                schema: "platform",
                table: "AuditEntries",
                columns: new[] { "EventId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Availabilities_EventId",
                schema: "matchmaking",
                table: "Availabilities",
                column: "EventId");

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
                name: "IX_Firms_SearchText",
                schema: "registration",
                table: "Firms",
                column: "SearchText");

            migrationBuilder.CreateIndex(
                name: "IX_Firms_TaxNumber",
                schema: "registration",
                table: "Firms",
                column: "TaxNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Gates_EventId_Name",
                schema: "checkin",
                table: "Gates",
                columns: new[] { "EventId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Halls_EventId_Name",
                schema: "events",
                table: "Halls",
                columns: new[] { "EventId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationEvents_BusPublishedAt_BusNextAttemptAt",
                schema: "integrations",
                table: "IntegrationEvents",
                columns: new[] { "BusPublishedAt", "BusNextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationEvents_EventId_OccurredAt",
                schema: "integrations",
                table: "IntegrationEvents",
                columns: new[] { "EventId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_KioskPrints_BadgeId_Sequence",
                schema: "checkin",
                table: "KioskPrints",
                columns: new[] { "BadgeId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KioskPrints_EventId_Nonce",
                schema: "checkin",
                table: "KioskPrints",
                columns: new[] { "EventId", "Nonce" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KioskPrints_EventId_PrintedAt",
                schema: "checkin",
                table: "KioskPrints",
                columns: new[] { "EventId", "PrintedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_EventId",
                schema: "checkin",
                table: "Leads",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_ParticipationId_VisitorId",
                schema: "checkin",
                table: "Leads",
                columns: new[] { "ParticipationId", "VisitorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_VisitorId",
                schema: "checkin",
                table: "Leads",
                column: "VisitorId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingArrivals_EventId",
                schema: "checkin",
                table: "MeetingArrivals",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDays_EventId_Date",
                schema: "events",
                table: "MeetingDays",
                columns: new[] { "EventId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingNoShows_EventId",
                schema: "checkin",
                table: "MeetingNoShows",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_EventId_PrimeId",
                schema: "matchmaking",
                table: "MeetingRequests",
                columns: new[] { "EventId", "PrimeId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_EventId_Status",
                schema: "matchmaking",
                table: "MeetingRequests",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_EventId_SupplierId",
                schema: "matchmaking",
                table: "MeetingRequests",
                columns: new[] { "EventId", "SupplierId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingTables_EventId_Code",
                schema: "events",
                table: "MeetingTables",
                columns: new[] { "EventId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Needs_EventId_PrimeId",
                schema: "matchmaking",
                table: "Needs",
                columns: new[] { "EventId", "PrimeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Outcomes_EventId",
                schema: "matchmaking",
                table: "Outcomes",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmails_SentAt_FailedAt_NextAttemptAt",
                schema: "platform",
                table: "OutgoingEmails",
                columns: new[] { "SentAt", "FailedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Participations_ContactUserId",
                schema: "registration",
                table: "Participations",
                column: "ContactUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_EventId_FirmId",
                schema: "registration",
                table: "Participations",
                columns: new[] { "EventId", "FirmId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Participations_SubmissionToken",
                schema: "registration",
                table: "Participations",
                column: "SubmissionToken",
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
                name: "IX_Presences_EventId_Inside",
                schema: "checkin",
                table: "Presences",
                columns: new[] { "EventId", "Inside" });

            migrationBuilder.CreateIndex(
                name: "IX_PrimeDesks_PrimeId",
                schema: "matchmaking",
                table: "PrimeDesks",
                column: "PrimeId");

            migrationBuilder.CreateIndex(
                name: "IX_RefreshToken_FamilyId",
                schema: "identity",
                table: "RefreshToken",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_RefreshToken_UserId",
                schema: "identity",
                table: "RefreshToken",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Scans_BadgeId",
                schema: "checkin",
                table: "Scans",
                column: "BadgeId");

            migrationBuilder.CreateIndex(
                name: "IX_Scans_EventId_Nonce",
                schema: "checkin",
                table: "Scans",
                columns: new[] { "EventId", "Nonce" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scans_EventId_Result",
                schema: "checkin",
                table: "Scans",
                columns: new[] { "EventId", "Result" });

            migrationBuilder.CreateIndex(
                name: "IX_Visitors_EventId_KioskCode",
                schema: "registration",
                table: "Visitors",
                columns: new[] { "EventId", "KioskCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visitors_EventId_NormalizedEmail",
                schema: "registration",
                table: "Visitors",
                columns: new[] { "EventId", "NormalizedEmail" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_DeliveredAt_FailedAt_NextAttemptAt",
                schema: "integrations",
                table: "WebhookDeliveries",
                columns: new[] { "DeliveredAt", "FailedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_EventId_CreatedAt",
                schema: "integrations",
                table: "WebhookDeliveries",
                columns: new[] { "EventId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_IntegrationEventId_SubscriptionId",
                schema: "integrations",
                table: "WebhookDeliveries",
                columns: new[] { "IntegrationEventId", "SubscriptionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscriptions_EventId_Name",
                schema: "integrations",
                table: "WebhookSubscriptions",
                columns: new[] { "EventId", "Name" },
                unique: true);
            // Audit entries cannot be changed or deleted, by the application or anyone with its database login.
            migrationBuilder.Sql(SupplierMeetups.Web.Platform.Audit.AuditTriggers.PostgresUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SupplierMeetups.Web.Platform.Audit.AuditTriggers.PostgresDown);

            migrationBuilder.DropTable(
                name: "AgendaReminders",
                schema: "matchmaking");

            migrationBuilder.DropTable(
                name: "ApiKeys",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "AuditEntries",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "Availabilities",
                schema: "matchmaking");

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
                name: "Capabilities",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "ConsentRecords",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "ConsentTexts",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "ExhibitionSettings",
                schema: "exhibition");

            migrationBuilder.DropTable(
                name: "Firms",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "Gates",
                schema: "checkin");

            migrationBuilder.DropTable(
                name: "Halls",
                schema: "events");

            migrationBuilder.DropTable(
                name: "IntegrationEvents",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "KioskPrints",
                schema: "checkin");

            migrationBuilder.DropTable(
                name: "KioskSettings",
                schema: "checkin");

            migrationBuilder.DropTable(
                name: "Leads",
                schema: "checkin");

            migrationBuilder.DropTable(
                name: "MeetingArrivals",
                schema: "checkin");

            migrationBuilder.DropTable(
                name: "MeetingDays",
                schema: "events");

            migrationBuilder.DropTable(
                name: "MeetingNoShows",
                schema: "checkin");

            migrationBuilder.DropTable(
                name: "MeetingRequests",
                schema: "matchmaking");

            migrationBuilder.DropTable(
                name: "MeetingTables",
                schema: "events");

            migrationBuilder.DropTable(
                name: "Needs",
                schema: "matchmaking");

            migrationBuilder.DropTable(
                name: "Outcomes",
                schema: "matchmaking");

            migrationBuilder.DropTable(
                name: "OutgoingEmails",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "Participations",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "People",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "PeopleLimits",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "Presences",
                schema: "checkin");

            migrationBuilder.DropTable(
                name: "PrimeDesks",
                schema: "matchmaking");

            migrationBuilder.DropTable(
                name: "RefreshToken",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "Scans",
                schema: "checkin");

            migrationBuilder.DropTable(
                name: "Schedules",
                schema: "matchmaking");

            migrationBuilder.DropTable(
                name: "Settings",
                schema: "matchmaking");

            migrationBuilder.DropTable(
                name: "Visitors",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "VisitorSettings",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "WebhookDeliveries",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "WebhookSubscriptions",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "AspNetRoles",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "AspNetUsers",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "Booths",
                schema: "exhibition");

            migrationBuilder.DropTable(
                name: "Events",
                schema: "events");
        }
    }
}
