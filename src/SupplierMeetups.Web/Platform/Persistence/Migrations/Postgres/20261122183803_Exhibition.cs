using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Exhibition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "exhibition");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "ExhibitionSettings",
                schema: "exhibition");

            migrationBuilder.DropTable(
                name: "Booths",
                schema: "exhibition");
        }
    }
}
